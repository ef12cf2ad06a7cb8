import { z } from "zod";

/** AlertSite monitor ids are positive integers; the console carries them as strings. */
const MONITOR_ID = /^[1-9][0-9]{0,14}$/;

/** A monitor id from a URL or route parameter, as the console writes it. */
export function isMonitorId(value: unknown): value is string {
  return typeof value === "string" && MONITOR_ID.test(value);
}

/** A monitor id in AlertSite's answers: a number on reads, a string from writes; always a string after parsing. */
export const monitorIdSchema = z.union([
  z.int().nonnegative().transform(String),
  z.string().trim().regex(/^\d+$/, "Expected a numeric monitor id"),
]);
