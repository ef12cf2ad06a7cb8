import { z } from "zod";
import { addIssues, alwaysRun, validateEditAgainst } from "./cross-field-rules";
import { isClearableField, type MonitorFieldName } from "./field-names";
import { type EmptyMeans, monitorShape, withoutUndefined } from "./field-rules";
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
 * The edit form's resolver schema. The form holds every field (see formValuesFromUpstream), so
 * its input is MonitorFormValues; its rules are the edit schema's, plus the cross-field rules
 * against `current`, plus an error when a field the monitor already has is emptied (a PATCH
 * cannot put it back to the account default). Its output is every field in API shape; the form
 * sends only those that differ from `current` (see changedFields). Route handlers use
 * monitorEditSchema and validateEditAgainst instead, since a PATCH body holds only the changed fields.
 */
export function editSchemaFor(current: UpstreamMonitor) {
  const emptyMeans = (field: MonitorFieldName): EmptyMeans => {
    if (isClearableField(field)) return "send-empty-to-clear";
    return field !== "email_password" && !isBlank(current[field]) ? "reject" : "omit";
  };
  return z
    .object(monitorShape(emptyMeans))
    .superRefine((patch, ctx) => addIssues(ctx, validateEditAgainst(current, patch)), alwaysRun)
    .transform(withoutUndefined);
}
