import { type MonitorFormValues } from "./create-schema";
import { type UpstreamMonitor } from "./upstream";

/** react-hook-form defaultValues for a new monitor: every text "" (account default), every list []. */
export const emptyMonitorFormValues: Required<MonitorFormValues> = {
  billing_plancode: "",
  name: "",
  smtp_hostname: "",
  pop3_hostname: "",
  email: "",
  email_username: "",
  email_password: "",
  enabled: "",
  interval: "",
  timeout: "",
  locations: [],
  home_location: "",
  mode: "",
  rotate_locations: "",
  monitor_location_count: "",
  notify_on_error: "",
  retry_on_failure: "",
  note: "",
  alert_note: "",
  allow_internal_testing: "",
  custom_properties: [],
};

function text(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Form values for editing `monitor`. The password is always "": AlertSite never returns it. */
export function formValuesFromUpstream(monitor: UpstreamMonitor): Required<MonitorFormValues> {
  return {
    billing_plancode: text(monitor.billing_plancode),
    name: text(monitor.name),
    smtp_hostname: text(monitor.smtp_hostname),
    pop3_hostname: text(monitor.pop3_hostname),
    email: text(monitor.email),
    email_username: text(monitor.email_username),
    email_password: "",
    enabled: text(monitor.enabled),
    interval: text(monitor.interval),
    timeout: text(monitor.timeout),
    locations: (monitor.locations ?? []).map((location) => String(location.id)),
    home_location: text(monitor.home_location),
    mode: text(monitor.mode),
    rotate_locations: text(monitor.rotate_locations),
    monitor_location_count: text(monitor.monitor_location_count),
    notify_on_error: text(monitor.notify_on_error),
    retry_on_failure: text(monitor.retry_on_failure),
    note: text(monitor.note),
    alert_note: text(monitor.alert_note),
    allow_internal_testing: text(monitor.allow_internal_testing),
    // A property without a value is not set on this monitor, so it is not a row to edit.
    custom_properties: (monitor.custom_properties ?? []).flatMap((property) =>
      property.value_id === null || property.value_id === undefined
        ? []
        : [{ id: String(property.id), value_id: String(property.value_id) }],
    ),
  };
}
