import { z } from "zod";

import { customPropertyRefSchema } from "./monitor-record";

/** The writable fields of a round-trip email monitor, as a request body may send them. */
export const roundTripFieldsSchema = z.object({
  billing_plancode: z.string(),
  name: z.string(),
  smtp_hostname: z.string(),
  pop3_hostname: z.string(),
  email: z.string(),
  email_username: z.string(),
  email_password: z.string(),
  enabled: z.boolean(),
  interval: z.int(),
  timeout: z.int(),
  // Extra keys (a client echoing back `name`/`region` from a read) are ignored, not rejected.
  locations: z.array(z.object({ id: z.int() })),
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
});

export const roundTripChangesSchema = roundTripFieldsSchema.partial();

export type WritableField = keyof typeof roundTripFieldsSchema.shape;
export type RoundTripChanges = z.infer<typeof roundTripChangesSchema>;

export const roundTripCreateSchema = roundTripChangesSchema.required({
  billing_plancode: true,
  name: true,
  smtp_hostname: true,
  pop3_hostname: true,
  email: true,
});
export type RoundTripCreate = z.infer<typeof roundTripCreateSchema>;
