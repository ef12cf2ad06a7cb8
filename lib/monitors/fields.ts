import { plural } from "@/lib/plural";
import { MONITOR_FIELD_NAMES, type MonitorFieldName } from "./field-names";
import { isBlank, parseIdOf } from "./values";

export type FieldGroup = "basics" | "mail" | "schedule" | "alerts" | "notes";

export type FieldGroupInfo = {
  id: FieldGroup;
  title: string;
  description: string;
  /** Always shown open: it holds required fields. */
  isAlwaysOpen: boolean;
};

/** The section `id`'s title and description. */
export function groupInfo(id: FieldGroup): FieldGroupInfo {
  const info = FIELD_GROUPS.find((group) => group.id === id);
  return info ?? { id, title: id, description: "", isAlwaysOpen: false };
}

/** Form sections, in the order to show them. */
export const FIELD_GROUPS: readonly FieldGroupInfo[] = [
  {
    id: "basics",
    title: "Basics",
    description: "The monitor's name and the plan it is billed to.",
    isAlwaysOpen: true,
  },
  {
    id: "mail",
    title: "Mail servers",
    description: "Where the test message is sent from, the mailbox it goes to, and how to collect it.",
    isAlwaysOpen: true,
  },
  {
    id: "schedule",
    title: "Schedule & locations",
    description: "Whether it runs, how often, how long a check may take, and where it runs from.",
    isAlwaysOpen: false,
  },
  {
    id: "alerts",
    title: "Alerts",
    description: "When AlertSite tells you about a problem, and what the alert says.",
    isAlwaysOpen: false,
  },
  {
    id: "notes",
    title: "Notes & properties",
    description: "A dashboard note, your account's custom properties, and internal testing.",
    isAlwaysOpen: false,
  },
];

export type FieldInfo = { label: string; help: string; group: FieldGroup };

export const MONITOR_FIELDS: Readonly<Record<MonitorFieldName, FieldInfo>> = {
  billing_plancode: {
    label: "Measurement plan",
    help: "The plan this monitor is billed to: choose one your monitors use, or type another plan code.",
    group: "basics",
  },
  name: {
    label: "Monitor name",
    help: "Shown on dashboards and reports, e.g. “Support mailbox round trip”.",
    group: "basics",
  },
  smtp_hostname: {
    label: "Outgoing mail server (SMTP)",
    help: "Where the test message is sent from, e.g. smtps://smtp.example.com:465. It must accept mail without a login.",
    group: "mail",
  },
  pop3_hostname: {
    label: "Incoming mail server (POP3)",
    help: "Where the test message is collected from, e.g. pop3s://pop.example.com:995. POP3 only, not IMAP.",
    group: "mail",
  },
  email: {
    label: "Test mailbox address",
    help: "Where the test message is sent, e.g. roundtrip@example.com. Use a dedicated mailbox: the test deletes its message.",
    group: "mail",
  },
  email_username: {
    label: "Mailbox login name",
    help: "The login for the test mailbox, often the full address or the part before the @, e.g. roundtrip.",
    group: "mail",
  },
  email_password: {
    label: "Mailbox password",
    help: "Only for the POP3 mailbox above. AlertSite stores it and never shows it again; leave empty to keep the current one.",
    group: "mail",
  },
  enabled: {
    label: "Monitoring on",
    help: "Yes runs the checks; No pauses them without deleting the monitor.",
    group: "schedule",
  },
  interval: {
    label: "Run every",
    help: "Minutes between checks: choose one or type a number. Your plan decides which are allowed.",
    group: "schedule",
  },
  timeout: {
    label: "Time limit (seconds)",
    help: "How long one round trip may take: 1 to 300 seconds (300 is recommended), shorter than Run every.",
    group: "schedule",
  },
  locations: {
    label: "Monitoring locations",
    help: "Where the checks run from. Leave empty to use your account's default locations.",
    group: "schedule",
  },
  home_location: {
    label: "Main location",
    help: "The primary location: one of the monitoring locations.",
    group: "schedule",
  },
  mode: {
    label: "Monitoring mode",
    help: "How the locations share the work, e.g. Global Verify re-checks an error from a second location.",
    group: "schedule",
  },
  rotate_locations: {
    label: "Rotate locations",
    help: "Yes uses a different subset of the locations on each run.",
    group: "schedule",
  },
  monitor_location_count: {
    label: "Locations per run",
    help: "How many locations each run uses when rotating: at least 1, at most the number of locations chosen.",
    group: "schedule",
  },
  notify_on_error: { label: "Send alerts on errors", help: "Yes sends an alert when a check fails.", group: "alerts" },
  retry_on_failure: {
    label: "Retry before reporting an error",
    help: "Yes checks again once before a failure counts, which avoids alerts for brief glitches.",
    group: "alerts",
  },
  alert_note: {
    label: "Alert note",
    help: "Added to every alert, up to 1,000 characters, e.g. who to call first.",
    group: "alerts",
  },
  note: {
    label: "Dashboard note",
    help: "Shown with the monitor on the dashboard, up to 255 characters.",
    group: "notes",
  },
  allow_internal_testing: {
    label: "Allow internal testing",
    help: "Lets AlertSite's own staff run test checks on this monitor. The account default is Yes.",
    group: "notes",
  },
  custom_properties: {
    label: "Custom properties",
    help: "Properties your account's monitors use, e.g. Team → Support. Choose a property, then its value.",
    group: "notes",
  },
};

export function fieldLabel(field: MonitorFieldName): string {
  return MONITOR_FIELDS[field].label;
}

/** The fields of one form section, in API field order. */
export function fieldsInGroup(group: FieldGroup): MonitorFieldName[] {
  return MONITOR_FIELD_NAMES.filter((field) => MONITOR_FIELDS[field].group === group);
}

/** Names for ids, when the caller has them (e.g. from the monitor AlertSite returned). */
export type ValueLookup = {
  locations?: ReadonlyMap<number, string>;
  customProperties?: ReadonlyMap<number, { name?: string; values?: ReadonlyMap<number, string> }>;
};

const TEXT_FIELDS: ReadonlySet<MonitorFieldName> = new Set([
  "billing_plancode",
  "name",
  "smtp_hostname",
  "pop3_hostname",
  "email",
  "email_username",
  "note",
  "alert_note",
]);

const BOOLEAN_FIELDS: ReadonlySet<MonitorFieldName> = new Set([
  "enabled",
  "rotate_locations",
  "notify_on_error",
  "retry_on_failure",
  "allow_internal_testing",
]);

function locationName(value: unknown, lookup: ValueLookup): string {
  const id = parseIdOf(value);
  if (id === undefined) return String(value);
  return lookup.locations?.get(id) ?? `Location ${id}`;
}

function customPropertyText(value: unknown, lookup: ValueLookup): string {
  const id = parseIdOf(value);
  const valueId =
    typeof value === "object" && value !== null && "value_id" in value ? parseIdOf(value.value_id) : undefined;
  if (id === undefined) return "Unknown property";
  const property = lookup.customProperties?.get(id);
  const name = property?.name ?? `Property ${id}`;
  if (valueId === undefined) return `${name}: no value`;
  return `${name}: ${property?.values?.get(valueId) ?? `value ${valueId}`}`;
}

/**
 * A field's value in words for a change summary. Takes form values ("15", "true") or API values
 * (15, true, [{ id: 10 }]). The password is never shown.
 */
export function formatFieldValue(field: MonitorFieldName, value: unknown, lookup: ValueLookup = {}): string {
  if (field === "email_password") return "Changed";
  if (isBlank(value)) return TEXT_FIELDS.has(field) ? "None" : "Account default";
  if (BOOLEAN_FIELDS.has(field)) {
    if (value === true || value === "true") return "Yes";
    if (value === false || value === "false") return "No";
  }
  const number = parseIdOf(value);
  if (field === "interval" && number !== undefined) return plural(number, "minute", "minutes");
  if (field === "timeout" && number !== undefined) return plural(number, "second", "seconds");
  if (field === "monitor_location_count" && number !== undefined) return plural(number, "location", "locations");
  if (field === "home_location") return locationName(value, lookup);
  if (Array.isArray(value)) {
    if (field === "locations") return value.map((item) => locationName(item, lookup)).join(", ");
    if (field === "custom_properties") return value.map((item) => customPropertyText(item, lookup)).join("; ");
  }
  return typeof value === "string" ? value.trim() : String(value);
}
