import { type MonitorFormValues } from "./create-schema";
import { type MonitorFieldName } from "./field-names";

// An edit checks only what the user changed: a field still holding the value AlertSite has is not
// validated and not sent, even when that value is one the console would refuse on create.

function idText(item: unknown): string {
  const raw: unknown = typeof item === "object" && item !== null && "id" in item ? item.id : item;
  return typeof raw === "string" || typeof raw === "number" ? String(raw).trim() : "";
}

function propertyText(row: unknown): string {
  if (typeof row !== "object" || row === null) return "";
  const valueId = "value_id" in row ? idText(row.value_id) : "";
  const id = idText(row);
  return id === "" && valueId === "" ? "" : `${id}:${valueId}`;
}

/** A form value reduced to what matters for "did it change": spacing, order and empty rows do not. */
function comparable(field: MonitorFieldName, value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => (field === "custom_properties" ? propertyText(item) : idText(item)));
    return JSON.stringify(items.filter((item) => item !== "").sort());
  }
  if (value === undefined || value === null) return field === "locations" || field === "custom_properties" ? "[]" : "";
  const text = typeof value === "string" ? value : String(value);
  // Spaces can be part of a password.
  return field === "email_password" ? text : text.trim();
}

/** True when `value` is still the value the monitor has (`saved`, its form values). */
export function isUntouched(field: MonitorFieldName, saved: Partial<MonitorFormValues>, value: unknown): boolean {
  return comparable(field, saved[field]) === comparable(field, value);
}

/** The fields whose form value differs from the monitor's. */
export function touchedFields(
  saved: Partial<MonitorFormValues>,
  values: Partial<MonitorFormValues>,
  fields: readonly MonitorFieldName[],
): MonitorFieldName[] {
  return fields.filter((field) => !isUntouched(field, saved, values[field]));
}
