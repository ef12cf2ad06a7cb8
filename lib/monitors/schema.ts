import { z } from "zod";

// One schema per shape, shared by the react-hook-form resolver in the browser and the route
// handlers on the server. Input = what the form holds (strings from inputs and selects);
// output = the JSON body AlertSite receives. Every output is also a valid input, so the server
// can parse what the browser already parsed.
//
// Unknown keys, the read-only `id`, `access_type`, `blackout_ids`, and keys such as `__proto__`
// are stripped (zod's default for objects) rather than rejected: the route handler forwards only
// the parsed output, so nothing the schema does not name can reach AlertSite.

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

export const MONITOR_MODES = ["Primary", "Global Verify", "Global Notify", "Round Robin", "SLA"] as const;
export type MonitorMode = (typeof MONITOR_MODES)[number];

export const COMMON_INTERVALS = [1, 5, 10, 15, 30, 60] as const;

export const MAX_TIMEOUT_SECONDS = 300;

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

export function isMonitorFieldName(value: string): value is MonitorFieldName {
  return MONITOR_FIELD_NAMES.some((name) => name === value);
}

// ---------------------------------------------------------------------------------------------
// Messages

const REQUIRED_MESSAGES: Record<RequiredFieldName, string> = {
  billing_plancode: "Enter the measurement plan code, e.g. UBM - A/A.",
  name: "Enter the monitor's name.",
  smtp_hostname: "Enter the outgoing mail server, e.g. smtps://smtp.example.com:465.",
  pop3_hostname: "Enter the incoming mail server, e.g. pop3s://pop.example.com:995.",
  email: "Enter the test mailbox address, e.g. roundtrip@example.com.",
};

const MESSAGES = {
  emailInvalid: "Enter the full address of the test mailbox, e.g. roundtrip@example.com.",
  text: "Enter text here.",
  interval: "Enter how often to run, in whole minutes, e.g. 15.",
  timeout: `Enter the time limit in whole seconds, from 1 to ${MAX_TIMEOUT_SECONDS} (${MAX_TIMEOUT_SECONDS} is recommended).`,
  homeLocation: "Choose the main location from the list of locations.",
  locationCount: "Enter how many locations to use per run, as a whole number such as 2.",
  locations: "Choose the monitoring locations from the list.",
  locationId: "Choose locations from the list: each location is a whole number id such as 10.",
  locationsEmpty: "Choose at least one location.",
  mode: `Choose a monitoring mode: ${MONITOR_MODES.slice(0, -1).join(", ")} or ${MONITOR_MODES.at(-1) ?? ""}.`,
  boolean: "Choose Yes, No or Account default.",
  customProperties: "Choose a property and its value for each row.",
  customPropertyId: "Choose a property for this row.",
  customPropertyValue: "Choose a value for this property.",
  cannotReset: "AlertSite can't put this back to the account default once it is set. Choose a value.",
  port: "The port must be a number from 1 to 65535, e.g. smtps://smtp.example.com:465.",
} as const;

const FIELD_NOUNS: Record<keyof typeof TEXT_LIMITS, string> = {
  billing_plancode: "the plan code",
  name: "the monitor name",
  smtp_hostname: "the server address",
  pop3_hostname: "the server address",
  email: "the address",
  email_username: "the login name",
  email_password: "the password",
  note: "the dashboard note",
  alert_note: "the alert note",
};

function tooLong(field: keyof typeof TEXT_LIMITS, length: number): string {
  const max = TEXT_LIMITS[field];
  const over = length - max;
  return `Keep ${FIELD_NOUNS[field]} to ${max.toLocaleString("en-US")} characters or fewer: it is ${over} ${over === 1 ? "character" : "characters"} too long.`;
}

function maxLength(field: keyof typeof TEXT_LIMITS) {
  return (value: string, ctx: z.RefinementCtx) => {
    if (value.length > TEXT_LIMITS[field]) ctx.addIssue({ code: "custom", message: tooLong(field, value.length) });
  };
}

// ---------------------------------------------------------------------------------------------
// Mail servers: `scheme://host:port` with an allowed scheme, or a bare `host[:port]`.

const MAIL_SERVERS = {
  smtp: {
    schemes: ["smtp", "smtps"],
    shape: "Use a server name such as smtp.example.com or smtps://smtp.example.com:465 — no path or login in it.",
    wrongScheme: "Outgoing mail only: use smtp:// or smtps://, or just the server name such as smtp.example.com.",
  },
  pop3: {
    schemes: ["pop3", "pop3s"],
    shape: "Use a server name such as pop.example.com or pop3s://pop.example.com:995 — no path or login in it.",
    wrongScheme: "POP3 only: use pop3:// or pop3s://, or just the server name such as pop.example.com.",
  },
} as const;

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function isIPv4(host: string): boolean {
  const parts = host.split(".");
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function isHostName(host: string): boolean {
  const labels = host.split(".");
  // A numeric last label would make it an (invalid) IPv4 address, not a name.
  const last = labels.at(-1) ?? "";
  return host.length <= 253 && labels.every((label) => HOST_LABEL.test(label)) && !/^\d+$/.test(last);
}

/** Why `value` is not an acceptable mail server address, or undefined when it is. */
export function mailServerProblem(value: string, kind: keyof typeof MAIL_SERVERS): string | undefined {
  const server = MAIL_SERVERS[kind];
  let rest = value;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) {
    const name = (scheme[1] ?? "").toLowerCase();
    if (!server.schemes.some((allowed) => allowed === name)) return server.wrongScheme;
    rest = value.slice(scheme[0].length);
  }
  // Path, query, fragment, login (user:pass@) and spaces are all out.
  if (/[/?#@\\\s]/.test(rest)) return server.shape;
  const [host = "", port, ...extra] = rest.split(":");
  if (extra.length > 0) return server.shape;
  if (!isIPv4(host) && !isHostName(host)) return server.shape;
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    return MESSAGES.port;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Field builders. `Empty` says what an empty value ("" or no rows) means for a field:
// - "absent": leave it out, so AlertSite keeps its value (account default on create);
// - "keep": send "" (editing a note or login name down to nothing clears it);
// - "reject": an error, because a PATCH cannot put a set value back to the account default.

type Empty = "absent" | "keep" | "reject";

function requiredText(field: RequiredFieldName) {
  return z
    .string({ error: REQUIRED_MESSAGES[field] })
    .trim()
    .min(1, REQUIRED_MESSAGES[field])
    .superRefine(maxLength(field));
}

function mailServer(field: "smtp_hostname" | "pop3_hostname", kind: keyof typeof MAIL_SERVERS) {
  return requiredText(field).superRefine((value, ctx) => {
    const problem = value === "" ? undefined : mailServerProblem(value, kind);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

function emailAddress() {
  return requiredText("email").pipe(z.email({ error: MESSAGES.emailInvalid }));
}

function optionalText(field: "email_username" | "email_password" | "note" | "alert_note", empty: Empty, trim = true) {
  const text = z.string({ error: MESSAGES.text });
  return (trim ? text.trim() : text)
    .superRefine(maxLength(field))
    .transform((value) => (value === "" && empty !== "keep" ? undefined : value))
    .optional();
}

/** A whole number from text ("15", " 15 ") or a number; undefined when it is not one. */
function parseWholeNumber(raw: string | number): number | undefined {
  const value = typeof raw === "number" ? raw : /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  return Number.isSafeInteger(value) ? value : undefined;
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

function integer(spec: { message: string; min: number; max?: number }, empty: Empty) {
  return z
    .union([z.string(), z.number()], { error: spec.message })
    .transform((raw, ctx): number | undefined => {
      if (isBlank(raw)) {
        if (empty === "reject") ctx.addIssue({ code: "custom", message: MESSAGES.cannotReset });
        return undefined;
      }
      const value = parseWholeNumber(raw);
      if (value === undefined || value < spec.min || (spec.max !== undefined && value > spec.max)) {
        ctx.addIssue({ code: "custom", message: spec.message });
        return z.NEVER;
      }
      return value;
    })
    .optional();
}

/** Tri-state select: "" (account default), "true", "false"; real booleans too. */
function triState(empty: Empty) {
  return z
    .union([z.boolean(), z.string()], { error: MESSAGES.boolean })
    .transform((raw, ctx): boolean | undefined => {
      if (typeof raw === "boolean") return raw;
      const text = raw.trim().toLowerCase();
      if (text === "true") return true;
      if (text === "false") return false;
      if (text === "") {
        if (empty === "reject") ctx.addIssue({ code: "custom", message: MESSAGES.cannotReset });
        return undefined;
      }
      ctx.addIssue({ code: "custom", message: MESSAGES.boolean });
      return z.NEVER;
    })
    .optional();
}

function monitorMode(empty: Empty) {
  return z
    .string({ error: MESSAGES.mode })
    .transform((raw, ctx): MonitorMode | undefined => {
      const text = raw.trim();
      if (text === "") {
        if (empty === "reject") ctx.addIssue({ code: "custom", message: MESSAGES.cannotReset });
        return undefined;
      }
      const mode = MONITOR_MODES.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
      if (!mode) ctx.addIssue({ code: "custom", message: MESSAGES.mode });
      return mode ?? z.NEVER;
    })
    .optional();
}

const idInput = z.union([z.string(), z.number()]);

function locationList(empty: Empty) {
  return z
    .array(z.union([idInput, z.object({ id: idInput })]), { error: MESSAGES.locations })
    .transform((items, ctx): { id: number }[] | undefined => {
      const ids: number[] = [];
      for (const item of items) {
        const raw = typeof item === "object" ? item.id : item;
        if (isBlank(raw)) continue;
        const id = parseWholeNumber(raw);
        if (id === undefined || id < 1) {
          ctx.addIssue({ code: "custom", message: MESSAGES.locationId });
          return z.NEVER;
        }
        if (ids.includes(id)) {
          ctx.addIssue({ code: "custom", message: `Location ${id} is chosen twice: choose each location once.` });
          return z.NEVER;
        }
        ids.push(id);
      }
      if (ids.length === 0) {
        if (empty === "reject") ctx.addIssue({ code: "custom", message: MESSAGES.locationsEmpty });
        return undefined;
      }
      return ids.map((id) => ({ id }));
    })
    .optional();
}

function customPropertyList() {
  const row = z.object({
    id: z.union([z.string(), z.number()], { error: MESSAGES.customPropertyId }).optional(),
    value_id: z.union([z.string(), z.number()], { error: MESSAGES.customPropertyValue }).optional(),
  });
  return z
    .array(row, { error: MESSAGES.customProperties })
    .transform((rows, ctx): { id: number; value_id: number }[] | undefined => {
      const result: { id: number; value_id: number }[] = [];
      let isValid = true;
      const fail = (message: string, path: (string | number)[]) => {
        isValid = false;
        ctx.addIssue({ code: "custom", message, path });
      };
      rows.forEach((entry, index) => {
        if (isBlank(entry.id) && isBlank(entry.value_id)) return;
        const id = entry.id === undefined ? undefined : parseWholeNumber(entry.id);
        const valueId = entry.value_id === undefined ? undefined : parseWholeNumber(entry.value_id);
        if (id === undefined || id < 1) {
          fail(MESSAGES.customPropertyId, [index, "id"]);
        } else if (result.some((property) => property.id === id)) {
          fail("This property is already set in another row: set each property once.", [index, "id"]);
        }
        if (valueId === undefined || valueId < 1) fail(MESSAGES.customPropertyValue, [index, "value_id"]);
        if (id !== undefined && valueId !== undefined) result.push({ id, value_id: valueId });
      });
      if (!isValid) return z.NEVER;
      return result.length === 0 ? undefined : result;
    })
    .optional();
}

// ---------------------------------------------------------------------------------------------
// The shape. Options change only what an empty value means, never a type, so the create and
// edit schemas have the same per-field rules and the same value types.

type ShapeOptions = {
  /** What "" means for optional text other than the password. */
  text: Empty;
  /** What empty means for fields the monitor cannot be PATCHed back to "unset". */
  setting: (field: MonitorFieldName) => Empty;
};

function monitorShape({ text, setting }: ShapeOptions) {
  return {
    billing_plancode: requiredText("billing_plancode"),
    name: requiredText("name"),
    smtp_hostname: mailServer("smtp_hostname", "smtp"),
    pop3_hostname: mailServer("pop3_hostname", "pop3"),
    email: emailAddress(),
    email_username: optionalText("email_username", text),
    // Never trimmed: spaces can be part of a password. Empty always means "don't send one".
    email_password: optionalText("email_password", "absent", false),
    enabled: triState(setting("enabled")),
    interval: integer({ message: MESSAGES.interval, min: 1 }, setting("interval")),
    timeout: integer({ message: MESSAGES.timeout, min: 1, max: MAX_TIMEOUT_SECONDS }, setting("timeout")),
    locations: locationList(setting("locations")),
    home_location: integer({ message: MESSAGES.homeLocation, min: 1 }, setting("home_location")),
    mode: monitorMode(setting("mode")),
    rotate_locations: triState(setting("rotate_locations")),
    monitor_location_count: integer({ message: MESSAGES.locationCount, min: 1 }, setting("monitor_location_count")),
    notify_on_error: triState(setting("notify_on_error")),
    retry_on_failure: triState(setting("retry_on_failure")),
    note: optionalText("note", text),
    alert_note: optionalText("alert_note", text),
    allow_internal_testing: triState(setting("allow_internal_testing")),
    custom_properties: customPropertyList(),
  };
}

// ---------------------------------------------------------------------------------------------
// Cross-field rules

export type FieldIssue = { path: MonitorFieldName; message: string };

/**
 * A monitor's values as AlertSite returns them or as a body sends them. Only the fields the
 * cross-field rules read are typed; everything else (names, regions, `id`, ...) is ignored.
 */
export type MonitorValues = {
  readonly interval?: number | null;
  readonly timeout?: number | null;
  readonly locations?: readonly { readonly id: number | string }[] | null;
  readonly home_location?: number | null;
  readonly monitor_location_count?: number | null;
} & { readonly [K in MonitorFieldName]?: unknown };

type CrossFieldValues = {
  interval?: number;
  timeout?: number;
  locations?: number[];
  home_location?: number;
  monitor_location_count?: number;
};

type CrossField = keyof CrossFieldValues;
const CROSS_FIELDS: readonly CrossField[] = [
  "interval",
  "timeout",
  "locations",
  "home_location",
  "monitor_location_count",
];

function readNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function readLocationIds(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids: number[] = [];
  for (const item of value) {
    const raw: unknown = typeof item === "object" && item !== null && "id" in item ? item.id : item;
    const id = typeof raw === "number" || typeof raw === "string" ? parseWholeNumber(raw) : undefined;
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids;
}

// Reads defensively: refinements also run when other fields failed, and then hold junk.
function readCrossFieldValues(source: MonitorValues): CrossFieldValues {
  const values: CrossFieldValues = {};
  const locations = readLocationIds(source.locations);
  if (locations !== undefined) values.locations = locations;
  for (const field of ["interval", "timeout", "home_location", "monitor_location_count"] as const) {
    const value = readNumber(source[field]);
    if (value !== undefined) values[field] = value;
  }
  return values;
}

type RuleIssue = FieldIssue & { involves: readonly CrossField[] };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function crossFieldIssues(values: CrossFieldValues): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { interval, timeout, locations, home_location, monitor_location_count } = values;
  if (interval !== undefined && timeout !== undefined && timeout >= interval * 60) {
    const longest = Math.min(interval * 60 - 1, MAX_TIMEOUT_SECONDS);
    issues.push({
      path: "timeout",
      involves: ["timeout", "interval"],
      message: `Give up sooner than the next run starts: running every ${plural(interval, "minute", "minutes")} allows at most ${plural(longest, "second", "seconds")}.`,
    });
  }
  if (locations !== undefined && locations.length > 0) {
    if (home_location !== undefined && !locations.includes(home_location)) {
      issues.push({
        path: "home_location",
        involves: ["home_location", "locations"],
        message: "Choose the main location from the monitoring locations you picked.",
      });
    }
    if (monitor_location_count !== undefined && monitor_location_count > locations.length) {
      issues.push({
        path: "monitor_location_count",
        involves: ["monitor_location_count", "locations"],
        message:
          locations.length === 1
            ? "Use 1 location per run: you picked only 1 monitoring location."
            : `Use between 1 and ${locations.length} locations per run: you picked ${locations.length} monitoring locations.`,
      });
    }
  }
  return issues;
}

// Run cross-field rules even when other fields have errors, so the form shows every problem at
// once; but not when the body is not an object at all.
const alwaysRun = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};

function addIssues(ctx: z.RefinementCtx, issues: readonly FieldIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
}

/** Leaves out keys whose value is undefined, so empty optional fields are absent from the body. */
function withoutUndefined<T extends object>(value: T): T {
  const copy = { ...value };
  for (const [key, entry] of Object.entries(copy)) {
    if (entry === undefined) Reflect.deleteProperty(copy, key);
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Schemas

const createObject = z.object(monitorShape({ text: "absent", setting: () => "absent" }));

export const monitorCreateSchema = createObject
  .superRefine((body, ctx) => addIssues(ctx, crossFieldIssues(readCrossFieldValues(body))), alwaysRun)
  .transform(withoutUndefined);

// Edit bodies carry only the fields to change, so every field is optional; a required field
// that is present must still be filled in. Emptied notes and login names are sent as "".
const editObject = z.object(monitorShape({ text: "keep", setting: () => "absent" })).partial();

/** A PATCH body. Cross-field rules need the monitor's current values: see validateEditAgainst. */
export const monitorEditSchema = editObject.transform(withoutUndefined);

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  return !Array.isArray(value) || value.length > 0;
}

function isSameCrossValue(a: number | number[] | undefined, b: number | number[] | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sorted = (ids: number[]) => [...ids].sort((x, y) => x - y).join(",");
    return sorted(a) === sorted(b);
  }
  return a === b;
}

/**
 * Cross-field rules (time limit under the interval, main location among the locations, locations
 * per run at most the number of locations) applied to the values the monitor will have once
 * `patch` is applied to `current`. Only rules touching a field the patch changes are reported,
 * so an inconsistency already stored upstream does not block unrelated edits.
 */
export function validateEditAgainst(current: MonitorValues, patch: MonitorValues): FieldIssue[] {
  const before = readCrossFieldValues(current);
  const changes = readCrossFieldValues(patch);
  const after: CrossFieldValues = { ...before, ...changes };
  const changed = CROSS_FIELDS.filter((field) => field in changes && !isSameCrossValue(changes[field], before[field]));
  return crossFieldIssues(after)
    .filter((issue) => issue.involves.some((field) => changed.includes(field)))
    .map(({ path, message }) => ({ path, message }));
}

/**
 * The edit form's resolver schema. The form holds every field (see formValuesFromUpstream), so
 * its input is MonitorFormValues; its rules are the edit schema's, plus the cross-field rules
 * against `current`, plus an error when a field the monitor already has is emptied (a PATCH
 * cannot put it back to the account default). Route handlers use monitorEditSchema and
 * validateEditAgainst instead, since a PATCH body holds only the changed fields.
 */
export function editSchemaFor(current: MonitorValues) {
  const setting = (field: MonitorFieldName): Empty => (hasValue(current[field]) ? "reject" : "absent");
  return z
    .object(monitorShape({ text: "keep", setting }))
    .superRefine((patch, ctx) => addIssues(ctx, validateEditAgainst(current, patch)), alwaysRun)
    .transform(withoutUndefined);
}

export type MonitorFormValues = z.input<typeof monitorCreateSchema>;
export type MonitorCreateBody = z.output<typeof monitorCreateSchema>;
export type MonitorEditFormValues = z.input<typeof monitorEditSchema>;
export type MonitorEditBody = z.output<typeof monitorEditSchema>;

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
