import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { changedFields, valueLookupFromUpstream } from "@/lib/monitors/changes";
import { type MonitorEditBody } from "@/lib/monitors/edit-schema";
import { MONITOR_FIELD_NAMES, type MonitorFieldName } from "@/lib/monitors/field-names";
import { fieldLabel, formatFieldValue, type ValueLookup } from "@/lib/monitors/fields";
import { formValuesFromUpstream } from "@/lib/monitors/form-values";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { isBlank } from "@/lib/monitors/values";
import { type FieldChange, type FieldValue } from "./entry";

// What a change did, field by field, for the history: the words a person reads and the values the
// edit form holds (so a change can be undone). The mailbox password is only ever "changed".

type FormValue = string | string[] | { id: string; value_id: string }[];

const idText = (value: unknown): string =>
  typeof value === "object" && value !== null && "id" in value ? String(value.id) : String(value);

/** A value as sent to AlertSite (15, true, [{ id: 10 }]) in the edit form's terms ("15", "true", ["10"]). */
function formValueOf(field: MonitorFieldName, value: unknown): FormValue {
  if (field === "locations" && Array.isArray(value)) return value.map(idText);
  if (field === "custom_properties" && Array.isArray(value))
    return value.map((row: unknown) => ({
      id: idText(row),
      value_id: typeof row === "object" && row !== null && "value_id" in row ? String(row.value_id) : "",
    }));
  return value === null || value === undefined ? "" : String(value);
}

function side(field: MonitorFieldName, value: unknown, lookup: ValueLookup): FieldValue {
  return { text: formatFieldValue(field, value, lookup), value: formValueOf(field, value) };
}

const PASSWORD_CHANGE: FieldChange = { secret: true, field: "email_password", label: fieldLabel("email_password") };

/** Every field a create sets (before: nothing). */
export function createChanges(body: MonitorCreateBody): FieldChange[] {
  return MONITOR_FIELD_NAMES.flatMap((field): FieldChange[] => {
    const value = body[field];
    if (isBlank(value)) return [];
    if (field === "email_password") return [PASSWORD_CHANGE];
    return [{ secret: false, field, label: fieldLabel(field), before: null, after: side(field, value, {}) }];
  });
}

/**
 * The fields an edit changes, from the monitor as read before the change to the values sent. A
 * field sent with the value it already had is not a change; a new password always is.
 */
export function editChanges(current: UpstreamMonitor, patch: MonitorEditBody): FieldChange[] {
  const saved = formValuesFromUpstream(current);
  const changed = changedFields(saved, patch);
  const lookup = valueLookupFromUpstream(current);
  return MONITOR_FIELD_NAMES.flatMap((field): FieldChange[] => {
    if (!(field in changed)) return [];
    if (field === "email_password") return [PASSWORD_CHANGE];
    return [
      {
        secret: false,
        field,
        label: fieldLabel(field),
        before: side(field, saved[field], lookup),
        after: side(field, changed[field], lookup),
      },
    ];
  });
}

/** Everything a deleted monitor had (after: nothing), so support staff can see what went. */
export function deleteChanges(current: UpstreamMonitor): FieldChange[] {
  const saved = formValuesFromUpstream(current);
  const lookup = valueLookupFromUpstream(current);
  return MONITOR_FIELD_NAMES.flatMap((field): FieldChange[] => {
    if (field === "email_password" || isBlank(saved[field])) return [];
    return [{ secret: false, field, label: fieldLabel(field), before: side(field, saved[field], lookup), after: null }];
  });
}
