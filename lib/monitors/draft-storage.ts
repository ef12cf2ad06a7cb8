import { type MonitorFormValues } from "./create-schema";
import { isMonitorFieldName } from "./field-names";

/**
 * Keeps what a user typed across a forced sign-in (the AlertSite token ran out mid-edit): saved
 * just before leaving for the sign-in page, restored once on return. Passwords are never stored.
 */
const PREFIX = "monitor-draft:";
const NEVER_STORED = new Set(["email_password"]);

type DraftValue = string | number | boolean | readonly unknown[];

function isDraftValue(value: unknown): value is DraftValue {
  return ["string", "number", "boolean"].includes(typeof value) || Array.isArray(value);
}

export function saveDraft(key: string, values: Partial<MonitorFormValues>): void {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (isMonitorFieldName(field) && !NEVER_STORED.has(field) && isDraftValue(value)) kept[field] = value;
  }
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the user retypes, which is no worse than before.
  }
}

/** Reads and forgets the draft for `key`. */
export function takeDraft(key: string): Record<string, DraftValue> | undefined {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(PREFIX + key);
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const draft: Record<string, DraftValue> = {};
  for (const [field, value] of Object.entries(parsed)) {
    if (isMonitorFieldName(field) && !NEVER_STORED.has(field) && isDraftValue(value)) draft[field] = value;
  }
  return draft;
}
