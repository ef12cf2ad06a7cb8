import { z } from "zod";
import { addIssues, alwaysRun, validateEditAgainst } from "./cross-field-rules";
import { isClearableField, type MonitorFieldName } from "./field-names";
import { type EmptyMeans, monitorShape, withoutUndefined } from "./field-rules";
import { formValuesFromUpstream } from "./form-values";
import { isUntouched } from "./untouched";
import { type MonitorFormValues } from "./create-schema";
import { type UpstreamMonitor } from "./upstream";
import { isBlank } from "./values";

/** In an edit, emptying a clearable field clears it; emptying anything else changes nothing. */
function editEmptyMeans(field: MonitorFieldName): EmptyMeans {
  return isClearableField(field) ? "send-empty-to-clear" : "omit";
}

/**
 * A PATCH body: only the fields to change, so every field is optional, but a required field that
 * is present must still be filled in. Cross-field rules need the monitor's current values: see
 * validateEditAgainst.
 */
export const monitorEditSchema = z.object(monitorShape(editEmptyMeans)).partial().transform(withoutUndefined);

export type MonitorEditBody = z.output<typeof monitorEditSchema>;

/**
 * A field's rule that only runs once the user has changed the field: a value still as AlertSite has
 * it is never an error (even one the console would refuse on create) and is left out of the output.
 */
function unlessUntouched<T extends z.ZodType>(field: MonitorFieldName, rule: T, saved: Partial<MonitorFormValues>) {
  return z.custom<z.input<T>>().transform((value, ctx): z.output<T> | undefined => {
    if (isUntouched(field, saved, value)) return undefined;
    const result = rule.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    }
    return z.NEVER;
  });
}

/**
 * The edit form's resolver schema. The form holds every field (see formValuesFromUpstream), so
 * its input is MonitorFormValues, but only the fields the user changed are checked and output: a
 * stored value the user left alone never blocks a save. Changed fields get the edit schema's
 * rules, an error when a field the monitor already has is emptied (a PATCH cannot put it back to
 * the account default), and the cross-field rules against `current` that involve a changed field.
 * Route handlers use monitorEditSchema and validateEditAgainst instead, since a PATCH body holds
 * only the changed fields.
 */
export function editSchemaFor(current: UpstreamMonitor) {
  const saved = formValuesFromUpstream(current);
  const emptyMeans = (field: MonitorFieldName): EmptyMeans => {
    if (isClearableField(field)) return "send-empty-to-clear";
    return field !== "email_password" && !isBlank(current[field]) ? "reject" : "omit";
  };
  const rules = monitorShape(emptyMeans);
  const shape = {
    billing_plancode: unlessUntouched("billing_plancode", rules.billing_plancode, saved),
    name: unlessUntouched("name", rules.name, saved),
    smtp_hostname: unlessUntouched("smtp_hostname", rules.smtp_hostname, saved),
    pop3_hostname: unlessUntouched("pop3_hostname", rules.pop3_hostname, saved),
    email: unlessUntouched("email", rules.email, saved),
    email_username: unlessUntouched("email_username", rules.email_username, saved).optional(),
    email_password: unlessUntouched("email_password", rules.email_password, saved).optional(),
    enabled: unlessUntouched("enabled", rules.enabled, saved).optional(),
    interval: unlessUntouched("interval", rules.interval, saved).optional(),
    timeout: unlessUntouched("timeout", rules.timeout, saved).optional(),
    locations: unlessUntouched("locations", rules.locations, saved).optional(),
    home_location: unlessUntouched("home_location", rules.home_location, saved).optional(),
    mode: unlessUntouched("mode", rules.mode, saved).optional(),
    rotate_locations: unlessUntouched("rotate_locations", rules.rotate_locations, saved).optional(),
    monitor_location_count: unlessUntouched("monitor_location_count", rules.monitor_location_count, saved).optional(),
    notify_on_error: unlessUntouched("notify_on_error", rules.notify_on_error, saved).optional(),
    retry_on_failure: unlessUntouched("retry_on_failure", rules.retry_on_failure, saved).optional(),
    note: unlessUntouched("note", rules.note, saved).optional(),
    alert_note: unlessUntouched("alert_note", rules.alert_note, saved).optional(),
    allow_internal_testing: unlessUntouched("allow_internal_testing", rules.allow_internal_testing, saved).optional(),
    custom_properties: unlessUntouched("custom_properties", rules.custom_properties, saved).optional(),
  };
  return z
    .object(shape)
    .superRefine((patch, ctx) => addIssues(ctx, validateEditAgainst(current, patch)), alwaysRun)
    .transform(withoutUndefined);
}
