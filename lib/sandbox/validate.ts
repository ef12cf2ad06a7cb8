import {
  BILLING_PLANS,
  CUSTOM_PROPERTIES,
  LOCATIONS,
  MAX_ALERT_NOTE_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_TIMEOUT_SECONDS,
  MONITOR_MODES,
} from "./account";
import {
  roundTripChangesSchema,
  roundTripCreateSchema,
  roundTripFieldsSchema,
  type RoundTripChanges,
  type RoundTripCreate,
  type WritableField,
} from "./round-trip-input";

const REQUIRED_FIELDS = ["billing_plancode", "name", "smtp_hostname", "pop3_hostname", "email"] as const;
const READ_ONLY_FIELDS: readonly string[] = ["id", "access_type", "blackout_ids"];

const TYPE_DESCRIPTIONS: Record<WritableField, string> = {
  billing_plancode: "a string",
  name: "a string",
  smtp_hostname: "a string",
  pop3_hostname: "a string",
  email: "a string",
  email_username: "a string",
  email_password: "a string",
  enabled: "a boolean (true or false)",
  interval: "an integer",
  timeout: "an integer",
  locations: 'an array of objects like {"id": 10}',
  home_location: "an integer",
  mode: "a string",
  rotate_locations: "a boolean (true or false)",
  monitor_location_count: "an integer",
  notify_on_error: "a boolean (true or false)",
  retry_on_failure: "a boolean (true or false)",
  note: "a string",
  alert_note: "a string",
  allow_internal_testing: "a boolean (true or false)",
  custom_properties: 'an array of objects like {"id": 1, "value_id": 11}',
};

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function isWritableField(key: string): key is WritableField {
  return Object.hasOwn(roundTripFieldsSchema.shape, key);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Per-key checks: read-only, unknown and wrongly typed fields. Returns the well-typed subset. */
function checkFields(body: Record<string, unknown>, skip: ReadonlySet<string>) {
  const errors: string[] = [];
  const wellTyped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (skip.has(key)) continue;
    if (READ_ONLY_FIELDS.includes(key)) {
      errors.push(`Field '${key}' is read-only.`);
    } else if (!isWritableField(key)) {
      errors.push(`Unknown field '${key}'.`);
    } else if (!roundTripFieldsSchema.shape[key].safeParse(value).success) {
      errors.push(`Field '${key}' must be ${TYPE_DESCRIPTIONS[key]}.`);
    } else {
      wellTyped[key] = value;
    }
  }
  // Every value in `wellTyped` passed its own field schema, so this parse only adds the types.
  const parsed = roundTripChangesSchema.safeParse(wellTyped);
  return { errors, changes: parsed.success ? parsed.data : {} };
}

function locationExists(id: number): boolean {
  return LOCATIONS.some((location) => location.id === id);
}

function planErrors(code: string | undefined): string[] {
  if (code === undefined || BILLING_PLANS.some((plan) => plan.code === code)) return [];
  return [`Invalid value for 'billing_plancode': plan '${code}' does not exist in this account.`];
}

function intervalErrors(interval: number | undefined, planCode: string | undefined): string[] {
  if (interval === undefined) return [];
  const plan = BILLING_PLANS.find((candidate) => candidate.code === planCode);
  if (plan) {
    if (plan.intervals.includes(interval)) return [];
    return [
      `Invalid value for 'interval': ${interval} minutes is not offered by plan '${plan.code}'. Use one of ${plan.intervals.join(", ")}.`,
    ];
  }
  // Without a valid plan, still say whether any plan of the account offers the interval.
  const offered = [...new Set(BILLING_PLANS.flatMap((candidate) => candidate.intervals))].sort((a, b) => a - b);
  if (offered.includes(interval)) return [];
  return [
    `Invalid value for 'interval': ${interval} minutes is not offered by this account. Use one of ${offered.join(", ")}.`,
  ];
}

function timeoutErrors(timeout: number | undefined): string[] {
  if (timeout === undefined) return [];
  if (timeout > MAX_TIMEOUT_SECONDS) {
    return [`Invalid value for 'timeout': ${timeout} seconds is more than the maximum of ${MAX_TIMEOUT_SECONDS}.`];
  }
  if (timeout < 1) return [`Invalid value for 'timeout': it must be at least 1 second.`];
  return [];
}

function locationErrors(changes: RoundTripChanges): string[] {
  const errors: string[] = [];
  if (changes.locations?.length === 0) {
    errors.push(`Invalid value for 'locations': choose at least one location.`);
  }
  for (const { id } of changes.locations ?? []) {
    if (!locationExists(id)) errors.push(`Invalid value for 'locations': location ${id} does not exist.`);
  }
  if (changes.home_location !== undefined && !locationExists(changes.home_location)) {
    errors.push(`Invalid value for 'home_location': location ${changes.home_location} does not exist.`);
  }
  return errors;
}

function customPropertyErrors(refs: RoundTripChanges["custom_properties"]): string[] {
  const errors: string[] = [];
  for (const ref of refs ?? []) {
    const property = CUSTOM_PROPERTIES.find((candidate) => candidate.id === ref.id);
    if (!property) {
      errors.push(`Invalid value for 'custom_properties': property ${ref.id} does not exist.`);
    } else if (!property.values.some((value) => value.id === ref.value_id)) {
      errors.push(
        `Invalid value for 'custom_properties': value ${ref.value_id} is not an option of property '${property.name}' (${property.id}).`,
      );
    }
  }
  return errors;
}

function settingErrors(changes: RoundTripChanges): string[] {
  const errors: string[] = [];
  const { mode, monitor_location_count: count, note, alert_note: alertNote } = changes;
  if (mode !== undefined && !MONITOR_MODES.some((known) => known === mode)) {
    errors.push(
      `Invalid value for 'mode': '${mode}' is not a monitoring mode. Use one of ${MONITOR_MODES.join(", ")}.`,
    );
  }
  if (count !== undefined && count < 1) {
    errors.push(`Invalid value for 'monitor_location_count': it must be at least 1.`);
  }
  if (note !== undefined && note.length > MAX_NOTE_LENGTH) {
    errors.push(`Invalid value for 'note': at most ${MAX_NOTE_LENGTH} characters are allowed (got ${note.length}).`);
  }
  if (alertNote !== undefined && alertNote.length > MAX_ALERT_NOTE_LENGTH) {
    errors.push(
      `Invalid value for 'alert_note': at most ${MAX_ALERT_NOTE_LENGTH} characters are allowed (got ${alertNote.length}).`,
    );
  }
  return errors;
}

/** What only the account knows: its plans, locations, custom properties and limits. */
function accountErrors(changes: RoundTripChanges, currentPlanCode: string | undefined): string[] {
  return [
    ...planErrors(changes.billing_plancode),
    ...intervalErrors(changes.interval, changes.billing_plancode ?? currentPlanCode),
    ...timeoutErrors(changes.timeout),
    ...locationErrors(changes),
    ...customPropertyErrors(changes.custom_properties),
    ...settingErrors(changes),
  ];
}

/** Checks a create body; every problem found is reported, not only the first. */
export function validateCreate(body: Record<string, unknown>): ValidationResult<RoundTripCreate> {
  const missing = REQUIRED_FIELDS.filter((field) => isBlank(body[field]));
  const { errors, changes } = checkFields(body, new Set(missing));
  const allErrors = [
    ...missing.map((field) => `Missing required field '${field}'.`),
    ...errors,
    ...accountErrors(changes, undefined),
  ];
  if (allErrors.length > 0) return { ok: false, errors: allErrors };
  const parsed = roundTripCreateSchema.safeParse(changes);
  if (!parsed.success) return { ok: false, errors: ["The monitor could not be read from the request body."] };
  return { ok: true, value: parsed.data };
}

/** Checks an edit body against the monitor's current plan; no field is required. */
export function validateEdit(
  body: Record<string, unknown>,
  currentPlanCode: string,
): ValidationResult<RoundTripChanges> {
  const blanked = REQUIRED_FIELDS.filter((field) => Object.hasOwn(body, field) && isBlank(body[field]));
  const { errors, changes } = checkFields(body, new Set(blanked));
  const allErrors = [
    ...blanked.map((field) => `Field '${field}' cannot be empty.`),
    ...errors,
    ...accountErrors(changes, currentPlanCode),
  ];
  return allErrors.length > 0 ? { ok: false, errors: allErrors } : { ok: true, value: changes };
}
