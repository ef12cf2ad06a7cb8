import { type MonitorChoices } from "../choices";
import { type UpstreamMonitor } from "../upstream";
import { parseWholeNumber } from "../values";
import { type ExportedField } from "./columns";

// One exported monitor: the create schema's fields as AlertSite returned them, with locations and
// custom properties by id and by name. Built field by field from the monitor, so nothing the list
// does not name (a password AlertSite should never send) can reach a file.

export type ExportedLocation = { id: number; name: string | null };
export type ExportedCustomProperty = {
  id: number;
  name: string | null;
  value_id: number | null;
  value: string | null;
};

type ScalarField = Exclude<ExportedField, "locations" | "custom_properties">;

export type ExportRecord = { id: string } & { [F in ScalarField]?: string | number | boolean } & {
  locations?: ExportedLocation[];
  custom_properties?: ExportedCustomProperty[];
};

const SCALAR_FIELDS = [
  "billing_plancode",
  "name",
  "smtp_hostname",
  "pop3_hostname",
  "email",
  "email_username",
  "enabled",
  "interval",
  "timeout",
  "home_location",
  "mode",
  "rotate_locations",
  "monitor_location_count",
  "notify_on_error",
  "retry_on_failure",
  "note",
  "alert_note",
  "allow_internal_testing",
] as const satisfies readonly ScalarField[];

function locationsOf(monitor: UpstreamMonitor, choices: MonitorChoices): ExportedLocation[] | undefined {
  if (!monitor.locations || monitor.locations.length === 0) return undefined;
  return monitor.locations.map((location) => ({
    id: location.id,
    // The account's name for the location first: one location, one name across the whole file.
    name: choices.locations.find((choice) => choice.id === location.id)?.name ?? location.name ?? null,
  }));
}

function customPropertiesOf(monitor: UpstreamMonitor, choices: MonitorChoices): ExportedCustomProperty[] | undefined {
  const properties: ExportedCustomProperty[] = [];
  for (const property of monitor.custom_properties ?? []) {
    const id = parseWholeNumber(property.id);
    if (id === undefined) continue;
    const valueId = parseWholeNumber(property.value_id) ?? null;
    const choice = choices.customProperties.find((candidate) => candidate.id === id);
    const ownValue = property.value === undefined || property.value === null ? null : String(property.value);
    properties.push({
      id,
      name: choice?.name ?? property.name ?? null,
      value_id: valueId,
      value: choice?.values.find((value) => value.id === valueId)?.name ?? ownValue,
    });
  }
  return properties.length === 0 ? undefined : properties;
}

export function exportRecord(monitor: UpstreamMonitor, choices: MonitorChoices): ExportRecord {
  const record: ExportRecord = { id: monitor.id };
  for (const field of SCALAR_FIELDS) {
    const value = monitor[field];
    if (value !== undefined && value !== null) record[field] = value;
  }
  const locations = locationsOf(monitor, choices);
  if (locations) record.locations = locations;
  const customProperties = customPropertiesOf(monitor, choices);
  if (customProperties) record.custom_properties = customProperties;
  return record;
}

/** The chosen monitors in the list's order; `ids` absent: every monitor. Ids no longer there are left out. */
export function monitorsToExport(
  monitors: readonly UpstreamMonitor[],
  ids: readonly string[] | undefined,
): UpstreamMonitor[] {
  if (ids === undefined) return [...monitors];
  const wanted = new Set(ids);
  return monitors.filter((monitor) => wanted.has(monitor.id));
}
