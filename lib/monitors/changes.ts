import { type MonitorChoices } from "./choices";
import { type MonitorFormValues } from "./create-schema";
import { type MonitorEditBody, monitorEditSchema } from "./edit-schema";
import { isClearableField, MONITOR_FIELD_NAMES, type MonitorFieldName } from "./field-names";
import { fieldLabel, formatFieldValue, type ValueLookup } from "./fields";
import { type UpstreamMonitor } from "./upstream";
import { parseWholeNumber } from "./values";

// What an edit changes: the PATCH body (from the values the form validated) and the same changes
// in words (from the values still being typed), compared field by field in the same way.

/** Location and custom property names from a monitor AlertSite returned, for formatFieldValue. */
export function valueLookupFromUpstream(monitor: UpstreamMonitor): ValueLookup {
  const locations = new Map<number, string>();
  for (const location of monitor.locations ?? []) {
    if (location.name) locations.set(location.id, location.name);
  }
  const customProperties = new Map<number, { name?: string; values?: ReadonlyMap<number, string> }>();
  for (const property of monitor.custom_properties ?? []) {
    const id = parseWholeNumber(property.id);
    if (id === undefined) continue;
    const values = new Map<number, string>();
    const valueId = parseWholeNumber(property.value_id);
    if (valueId !== undefined && property.value !== null && property.value !== undefined)
      values.set(valueId, String(property.value));
    customProperties.set(id, property.name ? { name: property.name, values } : { values });
  }
  return { locations, customProperties };
}

/** Location and custom property names from the choices the account's monitors offer. */
export function valueLookupFromChoices(choices: MonitorChoices): ValueLookup {
  const locations = new Map<number, string>();
  for (const location of choices.locations) if (location.name) locations.set(location.id, location.name);
  const customProperties = new Map<number, { name?: string; values?: ReadonlyMap<number, string> }>();
  for (const property of choices.customProperties) {
    const values = new Map<number, string>();
    for (const value of property.values) if (value.name) values.set(value.id, value.name);
    customProperties.set(property.id, property.name ? { name: property.name, values } : { values });
  }
  return { locations, customProperties };
}

/** Both lookups together; the first wins where both name the same id. */
export function mergeValueLookups(first: ValueLookup, second: ValueLookup): ValueLookup {
  const customProperties = new Map(second.customProperties);
  for (const [id, property] of first.customProperties ?? []) {
    const other = customProperties.get(id);
    const values = new Map([...(other?.values ?? []), ...(property.values ?? [])]);
    const name = property.name ?? other?.name;
    customProperties.set(id, name ? { name, values } : { values });
  }
  return { locations: new Map([...(second.locations ?? []), ...(first.locations ?? [])]), customProperties };
}

export type FieldChange = { field: MonitorFieldName; label: string; before: string; after: string };

type Normalised = { isValid: true; value: unknown } | { isValid: false; raw: string };

function byId(a: { id: number }, b: { id: number }): number {
  return a.id - b.id;
}

/** A field's value as it would be sent (via the edit schema), so cosmetic differences vanish. */
function normalise(field: MonitorFieldName, value: unknown): Normalised {
  const parsed = monitorEditSchema.safeParse({ [field]: value });
  if (!parsed.success)
    return { isValid: false, raw: typeof value === "string" ? value.trim() : String(JSON.stringify(value)) };
  const body = parsed.data;
  // Order of locations and properties is not a change.
  if (field === "locations") return { isValid: true, value: body.locations && [...body.locations].sort(byId) };
  if (field === "custom_properties")
    return { isValid: true, value: body.custom_properties && [...body.custom_properties].sort(byId) };
  return { isValid: true, value: body[field] };
}

function isEmptyValue(normalised: Normalised): boolean {
  return normalised.isValid && (normalised.value === undefined || normalised.value === "");
}

/** Equal keys mean "no change"; "" and absent are the same. */
function comparisonKey(normalised: Normalised): string {
  if (!normalised.isValid) return `invalid:${normalised.raw}`;
  return isEmptyValue(normalised) ? "" : String(JSON.stringify(normalised.value));
}

function isSame(field: MonitorFieldName, before: unknown, after: unknown): boolean {
  return comparisonKey(normalise(field, before)) === comparisonKey(normalise(field, after));
}

/**
 * The PATCH body: the fields of `validated` (what the edit form's resolver returned) that differ
 * from `saved` (the form values of the monitor as loaded or last saved). Empty fields are already
 * gone from `validated` unless they may be cleared; a typed password is always sent.
 */
export function changedFields(saved: MonitorFormValues, validated: MonitorEditBody): MonitorEditBody {
  const body: MonitorEditBody = {};
  const copy = <K extends MonitorFieldName>(field: K) => {
    body[field] = validated[field];
  };
  for (const field of MONITOR_FIELD_NAMES) {
    if (validated[field] === undefined) continue;
    if (field !== "email_password" && isSame(field, saved[field], validated[field])) continue;
    copy(field);
  }
  return body;
}

/**
 * What differs between the values AlertSite has and the form's, field by field, described in words.
 * Works on values still being typed, for the live change summary.
 */
export function describeChanges(
  original: MonitorFormValues,
  edited: MonitorFormValues,
  lookup: ValueLookup = {},
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of MONITOR_FIELD_NAMES) {
    if (field === "email_password") {
      // Only a newly typed password is sent, and it is never described.
      if ((edited.email_password ?? "") === "") continue;
      changes.push({ field, label: fieldLabel(field), before: "Hidden", after: formatFieldValue(field, "") });
      continue;
    }
    const before = normalise(field, original[field]);
    const after = normalise(field, edited[field]);
    if (comparisonKey(before) === comparisonKey(after)) continue;
    // Empty means "account default", which only clearable fields can go back to (editSchemaFor says so).
    if (isEmptyValue(after) && !isClearableField(field)) continue;
    changes.push({
      field,
      label: fieldLabel(field),
      before: formatFieldValue(field, before.isValid ? before.value : original[field], lookup),
      after: formatFieldValue(field, after.isValid ? after.value : edited[field], lookup),
    });
  }
  return changes;
}
