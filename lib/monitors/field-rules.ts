import { z } from "zod";
import {
  type LimitedTextField,
  MAX_INTERVAL_MINUTES,
  MAX_TIMEOUT_SECONDS,
  MONITOR_MODES,
  type MonitorFieldName,
  type MonitorMode,
  type RequiredFieldName,
  TEXT_LIMITS,
} from "./field-names";
import { firstHiddenCharacter } from "./hidden-characters";
import { type MailServerKind, mailServerProblem } from "./mail-server";
import { hiddenCharacter, locationChosenTwice, MESSAGES, REQUIRED_MESSAGES, tooLong } from "./messages";
import { isBlank, parseWholeNumber } from "./values";

// One zod rule per field. Input = what the form holds (strings from inputs and selects); output =
// the JSON AlertSite receives. Every output is also a valid input, so the server can parse what
// the browser already parsed.

/**
 * What an empty value ("" or no rows) does to a body:
 * - "omit": leave the field out, so AlertSite keeps its value (the account default on create);
 * - "send-empty-to-clear": send "", which clears it (only for CLEARABLE_FIELDS);
 * - "reject": an error, because a PATCH cannot put a set value back to the account default.
 */
export type EmptyMeans = "omit" | "send-empty-to-clear" | "reject";

function maxLength(field: LimitedTextField) {
  return (value: string, ctx: z.RefinementCtx) => {
    if (value.length > TEXT_LIMITS[field]) ctx.addIssue({ code: "custom", message: tooLong(field, value.length) });
  };
}

/** Refuses control characters and bidirectional overrides; notes may keep their line breaks. */
function visibleText(field: LimitedTextField, { allowLineBreaks }: { allowLineBreaks: boolean }) {
  return (value: string, ctx: z.RefinementCtx) => {
    const found = firstHiddenCharacter(value, { allowLineBreaks });
    if (found) ctx.addIssue({ code: "custom", message: hiddenCharacter(field, found, allowLineBreaks) });
  };
}

function cannotReset(ctx: z.RefinementCtx): void {
  ctx.addIssue({ code: "custom", message: MESSAGES.cannotReset });
}

function requiredText(field: RequiredFieldName) {
  return z
    .string({ error: REQUIRED_MESSAGES[field] })
    .trim()
    .min(1, REQUIRED_MESSAGES[field])
    .superRefine(maxLength(field))
    .superRefine(visibleText(field, { allowLineBreaks: false }));
}

function mailServer(field: "smtp_hostname" | "pop3_hostname", kind: MailServerKind) {
  return requiredText(field).superRefine((value, ctx) => {
    const problem = value === "" ? undefined : mailServerProblem(value, kind);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

function emailAddress() {
  return requiredText("email").pipe(z.email({ error: MESSAGES.emailInvalid }));
}

function optionalText(
  field: "email_username" | "email_password" | "note" | "alert_note",
  empty: EmptyMeans,
  { trim }: { trim: boolean },
) {
  const text = z.string({ error: MESSAGES.text });
  const trimmed = (trim ? text.trim() : text).superRefine(maxLength(field));
  // A password is the mailbox's to decide; every other text is shown to people. Notes may span lines.
  const checked =
    field === "email_password"
      ? trimmed
      : trimmed.superRefine(visibleText(field, { allowLineBreaks: field === "note" || field === "alert_note" }));
  return checked
    .transform((value, ctx): string | undefined => {
      if (value !== "" || empty === "send-empty-to-clear") return value;
      if (empty === "reject") cannotReset(ctx);
      return undefined;
    })
    .optional();
}

function integer(spec: { message: string; min: number; max?: number }, empty: EmptyMeans) {
  return z
    .union([z.string(), z.number()], { error: spec.message })
    .transform((raw, ctx): number | undefined => {
      if (isBlank(raw)) {
        if (empty === "reject") cannotReset(ctx);
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
function triState(empty: EmptyMeans) {
  return z
    .union([z.boolean(), z.string()], { error: MESSAGES.boolean })
    .transform((raw, ctx): boolean | undefined => {
      if (typeof raw === "boolean") return raw;
      const text = raw.trim().toLowerCase();
      if (text === "true") return true;
      if (text === "false") return false;
      if (text === "") {
        if (empty === "reject") cannotReset(ctx);
        return undefined;
      }
      ctx.addIssue({ code: "custom", message: MESSAGES.boolean });
      return z.NEVER;
    })
    .optional();
}

function monitorMode(empty: EmptyMeans) {
  return z
    .string({ error: MESSAGES.mode })
    .transform((raw, ctx): MonitorMode | undefined => {
      const text = raw.trim();
      if (text === "") {
        if (empty === "reject") cannotReset(ctx);
        return undefined;
      }
      const mode = MONITOR_MODES.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
      if (!mode) ctx.addIssue({ code: "custom", message: MESSAGES.mode });
      return mode ?? z.NEVER;
    })
    .optional();
}

const idInput = z.union([z.string(), z.number()]);

function locationList(empty: EmptyMeans) {
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
          ctx.addIssue({ code: "custom", message: locationChosenTwice(id) });
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
        const id = parseWholeNumber(entry.id);
        const valueId = parseWholeNumber(entry.value_id);
        if (id === undefined || id < 1) {
          fail(MESSAGES.customPropertyId, [index, "id"]);
        } else if (result.some((property) => property.id === id)) {
          fail(MESSAGES.customPropertyTwice, [index, "id"]);
        }
        if (valueId === undefined || valueId < 1) fail(MESSAGES.customPropertyValue, [index, "value_id"]);
        if (id !== undefined && valueId !== undefined) result.push({ id, value_id: valueId });
      });
      if (!isValid) return z.NEVER;
      return result.length === 0 ? undefined : result;
    })
    .optional();
}

/**
 * Every field's rule. `emptyMeans` changes only what an empty value does, never a type, so the
 * create and edit schemas share the same rules and the same value types. The password is never
 * cleared: empty means "keep the current one".
 */
export function monitorShape(emptyMeans: (field: MonitorFieldName) => EmptyMeans) {
  return {
    billing_plancode: requiredText("billing_plancode"),
    name: requiredText("name"),
    smtp_hostname: mailServer("smtp_hostname", "smtp"),
    pop3_hostname: mailServer("pop3_hostname", "pop3"),
    email: emailAddress(),
    email_username: optionalText("email_username", emptyMeans("email_username"), { trim: true }),
    // Never trimmed: spaces can be part of a password.
    email_password: optionalText("email_password", "omit", { trim: false }),
    enabled: triState(emptyMeans("enabled")),
    interval: integer({ message: MESSAGES.interval, min: 1, max: MAX_INTERVAL_MINUTES }, emptyMeans("interval")),
    timeout: integer({ message: MESSAGES.timeout, min: 1, max: MAX_TIMEOUT_SECONDS }, emptyMeans("timeout")),
    locations: locationList(emptyMeans("locations")),
    home_location: integer({ message: MESSAGES.homeLocation, min: 1 }, emptyMeans("home_location")),
    mode: monitorMode(emptyMeans("mode")),
    rotate_locations: triState(emptyMeans("rotate_locations")),
    monitor_location_count: integer({ message: MESSAGES.locationCount, min: 1 }, emptyMeans("monitor_location_count")),
    notify_on_error: triState(emptyMeans("notify_on_error")),
    retry_on_failure: triState(emptyMeans("retry_on_failure")),
    note: optionalText("note", emptyMeans("note"), { trim: true }),
    alert_note: optionalText("alert_note", emptyMeans("alert_note"), { trim: true }),
    allow_internal_testing: triState(emptyMeans("allow_internal_testing")),
    custom_properties: customPropertyList(),
  };
}

/** Leaves out keys whose value is undefined, so empty optional fields are absent from the body. */
export function withoutUndefined<T extends object>(value: T): T {
  const copy = { ...value };
  for (const [key, entry] of Object.entries(copy)) {
    if (entry === undefined) Reflect.deleteProperty(copy, key);
  }
  return copy;
}
