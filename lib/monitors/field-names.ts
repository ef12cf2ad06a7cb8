// The monitor's writable fields, their groupings and limits: the facts every schema, form and
// message builds on.

export const REQUIRED_FIELDS = ["billing_plancode", "name", "smtp_hostname", "pop3_hostname", "email"] as const;

export const MONITOR_FIELD_NAMES = [
  ...REQUIRED_FIELDS,
  "email_username",
  "email_password",
  "enabled",
  "interval",
  "timeout",
  "locations",
  "home_location",
  "mode",
  "rotate_locations",
  "monitor_location_count",
  "notify_on_error",
  "retry_on_failure",
  "note",
  "alert_note",
  "allow_internal_testing",
  "custom_properties",
] as const;

export type MonitorFieldName = (typeof MONITOR_FIELD_NAMES)[number];
export type RequiredFieldName = (typeof REQUIRED_FIELDS)[number];

export const READ_ONLY_FIELDS = ["id", "access_type", "blackout_ids"] as const;

/**
 * The fields an edit may clear by sending "". Every other field, once set, cannot be PATCHed back to
 * the account default: emptying it is left out of a body (nothing to change) or refused by the edit form.
 */
export const CLEARABLE_FIELDS = ["email_username", "note", "alert_note"] as const satisfies readonly MonitorFieldName[];
export type ClearableFieldName = (typeof CLEARABLE_FIELDS)[number];

export function isClearableField(field: MonitorFieldName): field is ClearableFieldName {
  return CLEARABLE_FIELDS.some((name) => name === field);
}

/** The fields the cross-field rules read: a change to any of them is checked against the others. */
export const CROSS_FIELDS = [
  "interval",
  "timeout",
  "locations",
  "home_location",
  "monitor_location_count",
] as const satisfies readonly MonitorFieldName[];
export type CrossFieldName = (typeof CROSS_FIELDS)[number];

export const MONITOR_MODES = ["Primary", "Global Verify", "Global Notify", "Round Robin", "SLA"] as const;
export type MonitorMode = (typeof MONITOR_MODES)[number];

export const COMMON_INTERVALS = [1, 5, 10, 15, 30, 60] as const;

export const MAX_TIMEOUT_SECONDS = 300;
/** A day: AlertSite documents no maximum, and a check less often than daily is no monitor. */
export const MAX_INTERVAL_MINUTES = 24 * 60;

// AlertSite documents limits only for `note` and `alert_note`; 255 elsewhere is our own guard
// against pasted junk, and 254 is the longest valid email address.
export const TEXT_LIMITS = {
  billing_plancode: 255,
  name: 255,
  smtp_hostname: 255,
  pop3_hostname: 255,
  email: 254,
  email_username: 255,
  email_password: 255,
  note: 255,
  alert_note: 1000,
} as const satisfies Partial<Record<MonitorFieldName, number>>;
export type LimitedTextField = keyof typeof TEXT_LIMITS;

export function isMonitorFieldName(value: string): value is MonitorFieldName {
  return MONITOR_FIELD_NAMES.some((name) => name === value);
}
