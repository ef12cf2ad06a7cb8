import { z } from "zod";

/**
 * How the sandbox stores a monitor internally (and in its data file). This is not the
 * API's read shape: locations and custom properties are kept as bare ids here and
 * expanded by `present.ts`, and round-trip monitors keep their write-only password.
 */

export const customPropertyRefSchema = z.object({ id: z.int(), value_id: z.int() });

const commonShape = {
  id: z.int().positive(),
  billing_plancode: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  interval: z.int(),
  timeout: z.int(),
  locations: z.array(z.int()),
  home_location: z.int(),
  mode: z.string(),
  rotate_locations: z.boolean(),
  monitor_location_count: z.int(),
  notify_on_error: z.boolean(),
  retry_on_failure: z.boolean(),
  note: z.string(),
  alert_note: z.string(),
  allow_internal_testing: z.boolean(),
  custom_properties: z.array(customPropertyRefSchema),
};

export const roundTripRecordSchema = z.object({
  ...commonShape,
  type: z.literal("email-round-trip"),
  smtp_hostname: z.string(),
  pop3_hostname: z.string(),
  email: z.string(),
  email_username: z.string(),
  email_password: z.string(),
});

export const websiteRecordSchema = z.object({
  ...commonShape,
  type: z.literal("website"),
  url: z.string(),
});

export const monitorRecordSchema = z.discriminatedUnion("type", [roundTripRecordSchema, websiteRecordSchema]);

export type CustomPropertyRef = z.infer<typeof customPropertyRefSchema>;
export type RoundTripRecord = z.infer<typeof roundTripRecordSchema>;
export type WebsiteRecord = z.infer<typeof websiteRecordSchema>;
export type MonitorRecord = z.infer<typeof monitorRecordSchema>;
export type MonitorType = MonitorRecord["type"];

/** The fields a create must name; every other field has an account default. */
export type RoundTripIdentity = Pick<
  RoundTripRecord,
  "billing_plancode" | "name" | "smtp_hostname" | "pop3_hostname" | "email"
>;
export type AccountDefaults = Omit<RoundTripRecord, "id" | "type" | keyof RoundTripIdentity>;
