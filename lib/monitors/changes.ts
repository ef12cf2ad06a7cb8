import { formatFieldValue, fieldLabel, type ValueLookup } from "./fields";
import {
  MONITOR_FIELD_NAMES,
  monitorEditSchema,
  type MonitorEditBody,
  type MonitorFieldName,
  type MonitorFormValues,
} from "./schema";

/** A monitor as AlertSite returns it (GET /monitors/{id}); only the fields the console edits. */
export type UpstreamMonitorLike = {
  id: string | number;
  name?: string | null;
  billing_plancode?: string | null;
  smtp_hostname?: string | null;
  pop3_hostname?: string | null;
  email?: string | null;
  email_username?: string | null;
  enabled?: boolean | null;
  interval?: number | null;
  timeout?: number | null;
  locations?: readonly { id: number; name?: string | null; region?: string | null }[] | null;
  home_location?: number | null;
  mode?: string | null;
  rotate_locations?: boolean | null;
  monitor_location_count?: number | null;
  notify_on_error?: boolean | null;
  retry_on_failure?: boolean | null;
  note?: string | null;
  alert_note?: string | null;
  allow_internal_testing?: boolean | null;
  custom_properties?:
    | readonly {
        id: number | string;
        name?: string | null;
        value?: string | number | boolean | null;
        value_id?: number | string | null;
      }[]
    | null;
};

function text(value: string | null | undefined): string {
  return value ?? "";
}

function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

function booleanText(value: boolean | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Form values for editing `monitor`. The password is always "": AlertSite never returns it. */
export function formValuesFromUpstream(monitor: UpstreamMonitorLike): Required<MonitorFormValues> {
  return {
    billing_plancode: text(monitor.billing_plancode),
    name: text(monitor.name),
    smtp_hostname: text(monitor.smtp_hostname),
    pop3_hostname: text(monitor.pop3_hostname),
    email: text(monitor.email),
    email_username: text(monitor.email_username),
    email_password: "",
    enabled: booleanText(monitor.enabled),
    interval: numberText(monitor.interval),
    timeout: numberText(monitor.timeout),
    locations: (monitor.locations ?? []).map((location) => String(location.id)),
    home_location: numberText(monitor.home_location),
    mode: text(monitor.mode),
    rotate_locations: booleanText(monitor.rotate_locations),
    monitor_location_count: numberText(monitor.monitor_location_count),
    notify_on_error: booleanText(monitor.notify_on_error),
    retry_on_failure: booleanText(monitor.retry_on_failure),
    note: text(monitor.note),
    alert_note: text(monitor.alert_note),
    allow_internal_testing: booleanText(monitor.allow_internal_testing),
    // A property without a value is not set on this monitor, so it is not a row to edit.
    custom_properties: (monitor.custom_properties ?? []).flatMap((property) =>
      property.value_id === null || property.value_id === undefined
        ? []
        : [{ id: String(property.id), value_id: String(property.value_id) }],
    ),
  };
}

function wholeNumber(value: number | string | null | undefined): number | undefined {
  const number = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) ? number : undefined;
}

/** Location and custom property names from a monitor AlertSite returned, for formatFieldValue. */
export function valueLookupFromUpstream(monitor: UpstreamMonitorLike): ValueLookup {
  const locations = new Map<number, string>();
  for (const location of monitor.locations ?? []) {
    if (location.name) locations.set(location.id, location.name);
  }
  const customProperties = new Map<number, { name?: string; values?: ReadonlyMap<number, string> }>();
  for (const property of monitor.custom_properties ?? []) {
    const id = wholeNumber(property.id);
    if (id === undefined) continue;
    const values = new Map<number, string>();
    const valueId = wholeNumber(property.value_id);
    if (valueId !== undefined && property.value !== null && property.value !== undefined)
      values.set(valueId, String(property.value));
    customProperties.set(id, property.name ? { name: property.name, values } : { values });
  }
  return { locations, customProperties };
}

export type FieldChange = { field: MonitorFieldName; label: string; before: string; after: string };

export type MonitorChanges = { body: MonitorEditBody; changes: FieldChange[] };

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

// Empty here means "account default". A PATCH cannot put a set value back to the default, and
// editSchemaFor already tells the user so; these fields are therefore never sent empty.
const CLEARABLE: ReadonlySet<MonitorFieldName> = new Set(["email_username", "note", "alert_note"]);

/**
 * What differs between the values AlertSite has and the form's, field by field, described in words.
 * Works on values still being typed (for the live change summary); `patch` is raw form input.
 */
export function diffFormValues(
  original: MonitorFormValues,
  edited: MonitorFormValues,
  lookup: ValueLookup = {},
): { patch: Record<string, unknown>; changes: FieldChange[] } {
  const patch: Record<string, unknown> = {};
  const changes: FieldChange[] = [];
  for (const field of MONITOR_FIELD_NAMES) {
    if (field === "email_password") {
      // Only a newly typed password is sent, and it is never described.
      const password = edited.email_password ?? "";
      if (password === "") continue;
      patch[field] = password;
      changes.push({ field, label: fieldLabel(field), before: "Hidden", after: formatFieldValue(field, password) });
      continue;
    }
    const before = normalise(field, original[field]);
    const after = normalise(field, edited[field]);
    if (comparisonKey(before) === comparisonKey(after)) continue;
    const isCleared = isEmptyValue(after);
    if (isCleared && !CLEARABLE.has(field)) continue;
    // The raw value: the edit schema turns it into API shape, keeping "" for a cleared note.
    patch[field] = isCleared ? "" : edited[field];
    changes.push({
      field,
      label: fieldLabel(field),
      before: formatFieldValue(field, before.isValid ? before.value : original[field], lookup),
      after: formatFieldValue(field, after.isValid ? after.value : edited[field], lookup),
    });
  }
  return { patch, changes };
}

/**
 * What the user changed on the edit form: `body` is the PATCH body (only changed fields, in API
 * shape); `changes` describes each change in words. Pass values the form has validated.
 */
export function computeChanges(
  original: MonitorFormValues,
  edited: MonitorFormValues,
  lookup: ValueLookup = {},
): MonitorChanges {
  const { patch, changes } = diffFormValues(original, edited, lookup);
  const parsed = monitorEditSchema.safeParse(patch);
  if (!parsed.success) {
    // Paths only: the values may include the password.
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))].join(", ");
    throw new Error(`computeChanges needs validated form values; invalid: ${fields}`);
  }
  return { body: parsed.data, changes };
}
