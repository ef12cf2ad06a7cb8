import type { CustomPropertyRef, MonitorRecord, RoundTripRecord, WebsiteRecord } from "./monitor-record";
import { CUSTOM_PROPERTIES, LOCATIONS, type Location } from "./account";

/** A monitor as the API returns it from reads. */
export type MonitorView = { id: number } & Record<string, unknown>;

const locationsById = new Map(LOCATIONS.map((location) => [location.id, location]));
const customPropertiesById = new Map(CUSTOM_PROPERTIES.map((property) => [property.id, property]));

function expandLocation(id: number): Location {
  return locationsById.get(id) ?? { id, name: `Location ${id}`, region: "Unknown" };
}

function expandCustomProperty(ref: CustomPropertyRef) {
  const property = customPropertiesById.get(ref.id);
  const value = property?.values.find((candidate) => candidate.id === ref.value_id);
  return { id: ref.id, name: property?.name ?? "", value: value?.value ?? "", value_id: ref.value_id };
}

function presentRoundTrip(monitor: RoundTripRecord, accessType: AccessType): MonitorView {
  // Listed field by field (no spreads, see monitor-changes.ts); email_password is never read out.
  return {
    id: monitor.id,
    type: monitor.type,
    name: monitor.name,
    billing_plancode: monitor.billing_plancode,
    enabled: monitor.enabled,
    smtp_hostname: monitor.smtp_hostname,
    pop3_hostname: monitor.pop3_hostname,
    email: monitor.email,
    email_username: monitor.email_username,
    interval: monitor.interval,
    timeout: monitor.timeout,
    locations: monitor.locations.map(expandLocation),
    home_location: monitor.home_location,
    mode: monitor.mode,
    rotate_locations: monitor.rotate_locations,
    monitor_location_count: monitor.monitor_location_count,
    notify_on_error: monitor.notify_on_error,
    retry_on_failure: monitor.retry_on_failure,
    note: monitor.note,
    alert_note: monitor.alert_note,
    allow_internal_testing: monitor.allow_internal_testing,
    custom_properties: monitor.custom_properties.map(expandCustomProperty),
    access_type: accessType,
    blackout_ids: [],
  };
}

function presentWebsite(monitor: WebsiteRecord, accessType: AccessType): MonitorView {
  return {
    id: monitor.id,
    type: monitor.type,
    name: monitor.name,
    billing_plancode: monitor.billing_plancode,
    enabled: monitor.enabled,
    url: monitor.url,
    interval: monitor.interval,
    timeout: monitor.timeout,
    locations: monitor.locations.map(expandLocation),
    home_location: monitor.home_location,
    mode: monitor.mode,
    rotate_locations: monitor.rotate_locations,
    monitor_location_count: monitor.monitor_location_count,
    notify_on_error: monitor.notify_on_error,
    retry_on_failure: monitor.retry_on_failure,
    note: monitor.note,
    alert_note: monitor.alert_note,
    allow_internal_testing: monitor.allow_internal_testing,
    custom_properties: monitor.custom_properties.map(expandCustomProperty),
    access_type: accessType,
    blackout_ids: [],
  };
}

/** What the reader may do with a monitor, as AlertSite says it: "View" for a Read Only role. */
export type AccessType = "Full" | "View";

/** The read shape: ids as numbers, expanded locations and properties, no password. */
export function presentMonitor(monitor: MonitorRecord, accessType: AccessType = "Full"): MonitorView {
  return monitor.type === "email-round-trip"
    ? presentRoundTrip(monitor, accessType)
    : presentWebsite(monitor, accessType);
}

/** Parses `?select=a,b,c`; undefined means every field. */
export function parseSelect(raw: string | null): ReadonlySet<string> | undefined {
  if (raw === null) return undefined;
  const names = raw
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return names.length > 0 ? new Set(names) : undefined;
}

/** Keeps the selected fields; `id` is always kept and unknown names are ignored. */
export function selectFields(
  view: Record<string, unknown>,
  select: ReadonlySet<string> | undefined,
): Record<string, unknown> {
  if (!select) return view;
  const picked: Record<string, unknown> = { id: view.id };
  for (const [key, value] of Object.entries(view)) {
    if (select.has(key)) picked[key] = value;
  }
  return picked;
}
