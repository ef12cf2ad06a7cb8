import { type MonitorFormValues } from "./create-schema";
import { MONITOR_FIELD_NAMES, type MonitorFieldName } from "./field-names";
import { formValuesFromUpstream } from "./form-values";
import { type UpstreamMonitor } from "./upstream";

// Links such as /monitors/new?name=Support&interval=15&locations=10,40 prefill the form. The values
// go into the form as typed; the form's schema says what is wrong with them. The password is never
// taken from or put into a URL: URLs end up in history, logs and screenshots.

export type SearchParamsInput = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Generous caps: long enough for the form to explain what is too long, short enough to stay sane. */
const MAX_VALUE_LENGTH = 2000;
const MAX_LIST_ITEMS = 100;

type ListField = "locations" | "custom_properties";
type ScalarField = Exclude<MonitorFieldName, ListField | "email_password">;

const SCALAR_FIELDS: readonly ScalarField[] = MONITOR_FIELD_NAMES.filter(
  (field): field is ScalarField => field !== "locations" && field !== "custom_properties" && field !== "email_password",
);

function valuesOf(params: SearchParamsInput, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  // Own keys only: `constructor`, `__proto__` and friends are not parameters.
  if (!Object.hasOwn(params, key)) return [];
  const value = params[key];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : [...value];
}

function cap(value: string): string {
  return value.slice(0, MAX_VALUE_LENGTH);
}

/** `locations=10,40` and `locations=10&locations=40` both give ["10", "40"]. */
function listItems(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(","))
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .slice(0, MAX_LIST_ITEMS)
    .map((item) => item.slice(0, 50));
}

export function prefillFromSearchParams(params: SearchParamsInput): Partial<MonitorFormValues> {
  const values: Partial<MonitorFormValues> = {};
  for (const field of SCALAR_FIELDS) {
    const [first] = valuesOf(params, field);
    if (first !== undefined) values[field] = cap(first);
  }
  const locations = listItems(valuesOf(params, "locations"));
  if (locations.length > 0) values.locations = locations;
  const properties = listItems(valuesOf(params, "custom_properties")).map((item) => {
    const [id = "", valueId = ""] = item.split(":");
    return { id: id.trim(), value_id: valueId.trim() };
  });
  if (properties.length > 0) values.custom_properties = properties;
  return values;
}

function idText(item: string | number | { id: string | number }): string {
  return String(typeof item === "object" ? item.id : item).trim();
}

/** Query parameters that prefill the create form with a copy of `values` (for a Clone link), without the password. */
export function searchParamsFromMonitor(values: Partial<MonitorFormValues>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of SCALAR_FIELDS) {
    const value = values[field];
    const text = value === undefined ? "" : String(value);
    if (text.trim() !== "") params.set(field, text);
  }
  const locations = (values.locations ?? []).map(idText).filter((id) => id !== "");
  if (locations.length > 0) params.set("locations", locations.join(","));
  const properties = (values.custom_properties ?? [])
    .map((property) => ({ id: String(property.id).trim(), valueId: String(property.value_id).trim() }))
    .filter((property) => property.id !== "" || property.valueId !== "")
    .map((property) => `${property.id}:${property.valueId}`);
  if (properties.length > 0) params.set("custom_properties", properties.join(","));
  return params;
}

/**
 * The create form's values for a copy of `monitor` (`/monitors/new?from=ID`): every setting but the
 * password, named "Copy of …", and with the test mailbox left empty, since two monitors on one
 * mailbox take each other's mail.
 */
export function copyOfMonitor(monitor: UpstreamMonitor): Partial<MonitorFormValues> {
  const name = monitor.name?.trim() ? monitor.name.trim() : `monitor ${monitor.id}`;
  return { ...formValuesFromUpstream(monitor), name: `Copy of ${name}`, email: "", email_password: "" };
}
