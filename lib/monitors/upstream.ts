import { z } from "zod";
import { monitorIdSchema } from "./monitor-id";

// AlertSite is only documented loosely: reads accept null for any optional field (meaning "no value"),
// numbers sent as numeric strings, booleans spelled as strings or 1/0, ids as numbers or strings, and
// fields the console does not know yet (dropped: the browser gets only the fields the console knows).
// A value none of these fit fails only its own field: lib/alertsite/monitor-reads.ts parses tolerantly
// and treats it as absent.

/**
 * A value that may be null or missing upstream. Kept as null rather than transformed to undefined:
 * per-field transforms (or a preprocess) made parsing a 10,000-monitor list about ten times slower.
 */
function absentable<T extends z.ZodType>(schema: T) {
  return schema.nullish();
}

const numericString = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/);

// Unions try the usual type first, so a well-formed read pays for no transform.

/** A number, also when AlertSite sends it as a numeric string. */
const numberSchema = z.union([z.number(), numericString.transform(Number)]);

const BOOLEAN_SPELLINGS: ReadonlyMap<string, boolean> = new Map([
  ["true", true],
  ["false", false],
  ["yes", true],
  ["no", false],
  ["1", true],
  ["0", false],
  ["on", true],
  ["off", false],
]);

/** A boolean, also spelled "true"/"yes"/"1"/"on" (any case) or sent as 1/0. */
const booleanSchema = z.union([
  z.boolean(),
  z.string().transform((text, context) => {
    const value = BOOLEAN_SPELLINGS.get(text.trim().toLowerCase());
    if (value !== undefined) return value;
    context.issues.push({ code: "custom", message: "Expected a boolean", input: text });
    return z.NEVER;
  }),
  z.union([z.literal(1), z.literal(0)]).transform((flag) => flag === 1),
]);

const locationSchema = z.object({
  id: z.union([z.int(), z.string().trim().regex(/^\d+$/).transform(Number)]),
  name: absentable(z.string()),
  // Documented as a string; some accounts send a number (a region code).
  region: absentable(z.union([z.string(), z.number().transform(String)])),
});

const idLike = z.union([z.number(), z.string()]);

const customPropertySchema = z.object({
  id: idLike,
  name: absentable(z.string()),
  value: absentable(z.union([z.string(), z.number(), z.boolean()])),
  value_id: absentable(idLike),
});

export const ROUND_TRIP_MONITOR_TYPE = "email-round-trip";

/**
 * A monitor as AlertSite returns it on reads: only the fields named here survive, so the write-only
 * `email_password` (never named) is dropped if it ever appears.
 */
export const upstreamMonitorSchema = z.object({
  id: monitorIdSchema,
  type: absentable(z.string()),
  name: absentable(z.string()),
  billing_plancode: absentable(z.string()),
  smtp_hostname: absentable(z.string()),
  pop3_hostname: absentable(z.string()),
  email: absentable(z.string()),
  email_username: absentable(z.string()),
  enabled: absentable(booleanSchema),
  rotate_locations: absentable(booleanSchema),
  notify_on_error: absentable(booleanSchema),
  retry_on_failure: absentable(booleanSchema),
  allow_internal_testing: absentable(booleanSchema),
  interval: absentable(numberSchema),
  timeout: absentable(numberSchema),
  home_location: absentable(numberSchema),
  monitor_location_count: absentable(numberSchema),
  mode: absentable(z.string()),
  note: absentable(z.string()),
  alert_note: absentable(z.string()),
  locations: absentable(z.array(locationSchema)),
  custom_properties: absentable(z.array(customPropertySchema)),
  access_type: absentable(idLike),
  blackout_ids: absentable(z.array(idLike)),
});

export type UpstreamMonitor = z.infer<typeof upstreamMonitorSchema>;

/**
 * True unless the monitor says it is of another type. Compares loosely ("EmailRoundTrip",
 * "email_round_trip") because the spelling AlertSite uses in `type` on reads is not documented.
 */
export function isRoundTripMonitor(monitor: Pick<UpstreamMonitor, "type">): boolean {
  if (monitor.type === undefined || monitor.type === null) return true;
  const normalise = (type: string) => type.toLowerCase().replace(/[^a-z0-9]/g, "");
  return normalise(monitor.type) === normalise(ROUND_TRIP_MONITOR_TYPE);
}
