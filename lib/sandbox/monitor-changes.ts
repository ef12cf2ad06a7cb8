import type { AccountDefaults, CustomPropertyRef, RoundTripRecord } from "./monitor-record";
import type { RoundTripChanges, RoundTripCreate } from "./round-trip-input";

// Records are built as whole object literals, not spreads: with ~25 fields, spread-built
// objects fall into V8's slow dictionary mode, which made listing 10,000 monitors take seconds.

function uniqueLocationIds(locations: readonly { id: number }[]): number[] {
  return [...new Set(locations.map((location) => location.id))];
}

/** Sending `{id, value_id}` changes that one property and leaves the others as they were. */
function mergeCustomProperties(
  current: readonly CustomPropertyRef[],
  changes: readonly CustomPropertyRef[],
): CustomPropertyRef[] {
  const merged = new Map(current.map((ref) => [ref.id, ref.value_id]));
  for (const ref of changes) merged.set(ref.id, ref.value_id);
  return [...merged].map(([id, valueId]) => ({ id, value_id: valueId })).sort((a, b) => a.id - b.id);
}

/** The monitor with only the given fields changed. */
export function applyChanges(record: RoundTripRecord, changes: RoundTripChanges): RoundTripRecord {
  return {
    id: record.id,
    type: record.type,
    billing_plancode: changes.billing_plancode ?? record.billing_plancode,
    name: changes.name ?? record.name,
    smtp_hostname: changes.smtp_hostname ?? record.smtp_hostname,
    pop3_hostname: changes.pop3_hostname ?? record.pop3_hostname,
    email: changes.email ?? record.email,
    email_username: changes.email_username ?? record.email_username,
    email_password: changes.email_password ?? record.email_password,
    enabled: changes.enabled ?? record.enabled,
    interval: changes.interval ?? record.interval,
    timeout: changes.timeout ?? record.timeout,
    locations: changes.locations ? uniqueLocationIds(changes.locations) : record.locations,
    home_location: changes.home_location ?? record.home_location,
    mode: changes.mode ?? record.mode,
    rotate_locations: changes.rotate_locations ?? record.rotate_locations,
    monitor_location_count: changes.monitor_location_count ?? record.monitor_location_count,
    notify_on_error: changes.notify_on_error ?? record.notify_on_error,
    retry_on_failure: changes.retry_on_failure ?? record.retry_on_failure,
    note: changes.note ?? record.note,
    alert_note: changes.alert_note ?? record.alert_note,
    allow_internal_testing: changes.allow_internal_testing ?? record.allow_internal_testing,
    custom_properties: changes.custom_properties
      ? mergeCustomProperties(record.custom_properties, changes.custom_properties)
      : record.custom_properties,
  };
}

/** A new round-trip monitor: the given fields over the account defaults. */
export function buildRoundTrip(id: number, input: RoundTripCreate, defaults: AccountDefaults): RoundTripRecord {
  const base: RoundTripRecord = {
    id,
    type: "email-round-trip",
    billing_plancode: input.billing_plancode,
    name: input.name,
    smtp_hostname: input.smtp_hostname,
    pop3_hostname: input.pop3_hostname,
    email: input.email,
    email_username: defaults.email_username,
    email_password: defaults.email_password,
    enabled: defaults.enabled,
    interval: defaults.interval,
    timeout: defaults.timeout,
    locations: defaults.locations,
    // Without an explicit home, the first chosen location is the natural primary one.
    home_location: input.home_location ?? input.locations?.[0]?.id ?? defaults.home_location,
    mode: defaults.mode,
    rotate_locations: defaults.rotate_locations,
    monitor_location_count: defaults.monitor_location_count,
    notify_on_error: defaults.notify_on_error,
    retry_on_failure: defaults.retry_on_failure,
    note: defaults.note,
    alert_note: defaults.alert_note,
    allow_internal_testing: defaults.allow_internal_testing,
    custom_properties: defaults.custom_properties,
  };
  return applyChanges(base, input);
}
