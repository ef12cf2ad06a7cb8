import { z } from "zod";
import { describeChanges } from "@/lib/monitors/changes";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { type MonitorFieldName } from "@/lib/monitors/field-names";
import { type ValueLookup } from "@/lib/monitors/fields";
import { emptyMonitorFormValues } from "@/lib/monitors/form-values";
import { type FieldChange, type HistoryEntry } from "./entry";

// "Undo this change": the edit form opens with the entry's old values put back on top of what the
// monitor has now, and the form's own change summary shows what Save will send. Nothing is sent
// until the user saves, and that save is recorded like any other.

const UNDOABLE_ACTIONS = new Set<HistoryEntry["action"]>(["edit", "pause", "resume"]);

export const PASSWORD_NOT_UNDOABLE =
  "A mailbox password change cannot be undone: the console never keeps passwords, so it does not know the old one.";

export type Undoability = { isUndoable: true; keepsPassword: boolean } | { isUndoable: false; reason: string | null };

/**
 * Whether an entry offers "Undo this change". `reason` says why not where a person would look for
 * the button; it is null for entries that are not changes of settings (a create, a test).
 */
export function undoability(entry: Pick<HistoryEntry, "action" | "outcome" | "changes" | "monitorId">): Undoability {
  if (!UNDOABLE_ACTIONS.has(entry.action) || entry.monitorId === null) return { isUndoable: false, reason: null };
  if (entry.outcome !== "done")
    return { isUndoable: false, reason: "Only a change AlertSite made can be undone; this one was not made." };
  const restorable = entry.changes.filter((change) => !change.secret && change.before !== null);
  const hasPassword = entry.changes.some((change) => change.secret);
  if (restorable.length === 0)
    return { isUndoable: false, reason: hasPassword ? PASSWORD_NOT_UNDOABLE : "This change has nothing to put back." };
  return { isUndoable: true, keepsPassword: hasPassword };
}

type FormValue = MonitorFormValues[MonitorFieldName];

const customPropertyRows = z.array(z.object({ id: z.string(), value_id: z.string() }));

/** A value as the history stored it, back in the edit form's terms; undefined when it does not fit. */
function formValue(field: MonitorFieldName, value: unknown): FormValue | undefined {
  const schema =
    field === "locations" ? z.array(z.string()) : field === "custom_properties" ? customPropertyRows : z.string();
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A field whose value now differs from what the entry left it at. */
export type ChangedSince = { field: MonitorFieldName; label: string; recorded: string; now: string };

export type UndoPlan = {
  /** The form's starting values: the monitor as it is now, with the entry's old values put back. */
  values: MonitorFormValues;
  /** The fields put back. */
  restored: MonitorFieldName[];
  /** Fields changed again since the entry (by anyone): the undo overwrites them. */
  changedSince: ChangedSince[];
  /** Fields the history holds in a form the form cannot take (left as they are now). */
  unreadable: string[];
  /** The entry also changed the mailbox password, which stays as it is. */
  keepsPassword: boolean;
};

type Restorable = Extract<FieldChange, { secret: false }>;

/** What the edit form starts with to undo `entry`, given the monitor's values now. */
export function undoPlan(
  entry: Pick<HistoryEntry, "changes">,
  current: MonitorFormValues,
  lookup: ValueLookup = {},
): UndoPlan {
  const values: MonitorFormValues = { ...current };
  // Compared field by field: fields the entry did not touch are empty on both sides.
  const recordedAfter: MonitorFormValues = { ...emptyMonitorFormValues };
  const currentOfChanged: MonitorFormValues = { ...emptyMonitorFormValues };
  const restored: MonitorFieldName[] = [];
  const unreadable: string[] = [];
  const changes = entry.changes.filter((change): change is Restorable => !change.secret && change.before !== null);
  for (const change of changes) {
    const before = formValue(change.field, change.before?.value);
    if (before === undefined) {
      unreadable.push(change.label);
      continue;
    }
    Object.assign(values, { [change.field]: before });
    restored.push(change.field);
    const after = change.after === null ? undefined : formValue(change.field, change.after.value);
    if (after !== undefined) {
      Object.assign(recordedAfter, { [change.field]: after });
      Object.assign(currentOfChanged, { [change.field]: current[change.field] });
    }
  }
  // The form's own comparison, so "15" and " 15 " or a reordered list are not a difference.
  const changedSince = describeChanges(recordedAfter, currentOfChanged, lookup).map((difference) => ({
    field: difference.field,
    label: difference.label,
    // In the entry's own words, as its page shows them.
    recorded: changes.find((change) => change.field === difference.field)?.after?.text ?? difference.before,
    now: difference.after,
  }));
  return {
    values,
    restored,
    changedSince,
    unreadable,
    keepsPassword: entry.changes.some((change) => change.secret),
  };
}
