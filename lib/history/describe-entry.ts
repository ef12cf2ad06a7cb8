import { plural } from "@/lib/plural";
import { type FieldChange, type HistoryAction, type HistoryEntry, type HistoryOutcome } from "./entry";

// A history entry in the words a person reads: "changed Run every from 15 minutes to 5 minutes",
// "paused monitoring". The values' words were written when the change was made, by the same
// formatter the forms use (formatFieldValue), so the history says what the form said then.

/** The action as the activity page's filter names it. */
export const ACTION_LABELS: Readonly<Record<HistoryAction, string>> = {
  create: "Created a monitor",
  edit: "Changed settings",
  pause: "Paused monitoring",
  resume: "Resumed monitoring",
  delete: "Deleted a monitor",
  test: "Ran a test",
};

/** The outcome as its badge says it. */
export const OUTCOME_LABELS: Readonly<Record<HistoryOutcome, string>> = {
  done: "Done",
  refused: "Refused",
  "not-made": "Not made",
  unknown: "Outcome unknown",
  pending: "Pending",
};

/** What each outcome means, for the badge's title and the entry's page. */
export const OUTCOME_EXPLANATIONS: Readonly<Record<HistoryOutcome, string>> = {
  done: "AlertSite made the change.",
  refused: "AlertSite refused the change; nothing was changed.",
  "not-made": "The change was not made.",
  unknown: "AlertSite's answer was lost, and the console could not tell whether the change was made.",
  pending:
    "The console sent the change and has not heard back. If this stays, the console stopped before AlertSite answered: the outcome is unknown.",
};

/** The outcome in a sentence, for the entry's page: a test that is done was started, its result is its message. */
export function outcomeExplanation(entry: Pick<HistoryEntry, "action" | "outcome">): string {
  if (entry.action === "test" && entry.outcome === "done") return "AlertSite started the test.";
  return OUTCOME_EXPLANATIONS[entry.outcome];
}

const quote = (text: string) => (text === "" ? "nothing" : text);

/** "Run every: 15 minutes → 5 minutes", or "Mailbox password: changed". */
export function changeLine(change: FieldChange): string {
  if (change.secret) return `${change.label}: changed`;
  if (change.before === null) return `${change.label}: ${quote(change.after?.text ?? "")}`;
  if (change.after === null) return `${change.label}: was ${quote(change.before.text)}`;
  return `${change.label}: ${quote(change.before.text)} → ${quote(change.after.text)}`;
}

function editSentence(changes: readonly FieldChange[]): string {
  const [only] = changes;
  if (changes.length !== 1 || only === undefined) {
    return changes.length === 0
      ? "saved the monitor without changes"
      : `changed ${plural(changes.length, "setting", "settings")}`;
  }
  if (only.secret) return "changed the mailbox password";
  return `changed ${only.label} from ${quote(only.before?.text ?? "")} to ${quote(only.after?.text ?? "")}`;
}

/** What the person did, after their name: "changed Run every from 15 minutes to 5 minutes". */
export function actionSentence(entry: Pick<HistoryEntry, "action" | "changes">): string {
  switch (entry.action) {
    case "create":
      return "created the monitor";
    case "edit":
      return editSentence(entry.changes);
    case "pause":
      return "paused monitoring";
    case "resume":
      return "resumed monitoring";
    case "delete":
      return "deleted the monitor";
    case "test":
      return "ran a test";
  }
}

/**
 * The field-by-field lines worth listing under the sentence: none when the sentence already says
 * it all (one change, a pause or resume, a test).
 */
export function detailLines(entry: Pick<HistoryEntry, "action" | "changes">): string[] {
  if (entry.action === "pause" || entry.action === "resume" || entry.action === "test") return [];
  if (entry.action === "edit" && entry.changes.length === 1) return [];
  return entry.changes.map(changeLine);
}

/** One line for a CSV cell or a log: "demo@example.com changed Run every from 15 minutes to 5 minutes". */
export function entrySentence(entry: Pick<HistoryEntry, "actor" | "action" | "changes">): string {
  return `${entry.actor} ${actionSentence(entry)}`;
}
