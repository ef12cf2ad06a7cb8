import { z } from "zod";
import { isRoundTripMonitor, type UpstreamMonitor, upstreamMonitorSchema } from "@/lib/monitors/upstream";
import { listRecords, parseListTolerantly, parseTolerantly, type TolerantOptions } from "./tolerant-parse";

// Reads of monitors: one odd field is treated as absent, one odd monitor is skipped and counted. Only a
// body that holds no monitor at all (or, for a single read, no usable id) is a bad response.

/** A monitor needs its id; a location or custom property without one says nothing and is dropped. */
const MONITOR_READ: TolerantOptions = {
  record: "monitor",
  required: ["id", "locations.*.id", "custom_properties.*.id"],
};

export type MonitorList = {
  monitors: UpstreamMonitor[];
  /** Records the console could not read (no usable id): shown as a count, never silently lost. */
  skipped: number;
};

/** The round-trip monitors among `records` (other types never reach the console) and how many were unreadable. */
export function readMonitorList(records: readonly unknown[]): MonitorList {
  const { items, skipped } = parseListTolerantly(upstreamMonitorSchema, records, MONITOR_READ);
  return { monitors: items.filter(isRoundTripMonitor), skipped };
}

/** `GET /monitors`: a bare array or a list under `results` (or another usual envelope). */
export const monitorListBodySchema = z.unknown().transform((body, context): MonitorList => {
  const records = listRecords(body);
  if (records !== undefined) return readMonitorList(records);
  context.issues.push({ code: "custom", message: "Expected a list of monitors", input: body });
  return z.NEVER;
});

/** `GET /monitors/{id}`: the monitor, whenever it has a usable id. */
export const monitorBodySchema = z.unknown().transform((body, context): UpstreamMonitor => {
  const monitor = parseTolerantly(upstreamMonitorSchema, body, MONITOR_READ);
  if (monitor !== undefined) return monitor;
  context.issues.push({ code: "custom", message: "Expected a monitor with a usable id", input: body, path: ["id"] });
  return z.NEVER;
});
