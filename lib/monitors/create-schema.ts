import { z } from "zod";
import { addIssues, alwaysRun, crossFieldProblems } from "./cross-field-rules";
import { monitorShape, withoutUndefined } from "./field-rules";

// The create form's resolver and the create route's body check: one schema for both.
//
// Unknown keys, the read-only `id`, `access_type`, `blackout_ids`, and keys such as `__proto__`
// are stripped (zod's default for objects) rather than rejected: the route handler forwards only
// the parsed output, so nothing the schema does not name can reach AlertSite.

export const monitorCreateSchema = z
  .object(monitorShape(() => "omit"))
  .superRefine((body, ctx) => addIssues(ctx, crossFieldProblems(body)), alwaysRun)
  .transform(withoutUndefined);

/** What the monitor form holds: strings from inputs and selects, rows for the lists. */
export type MonitorFormValues = z.input<typeof monitorCreateSchema>;
/** A POST body for AlertSite: API types, empty optional fields left out. */
export type MonitorCreateBody = z.output<typeof monitorCreateSchema>;
