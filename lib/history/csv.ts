import { actionSentence, ACTION_LABELS, changeLine, OUTCOME_LABELS } from "./describe-entry";
import { type HistoryEntry } from "./entry";

// The activity as CSV, for a spreadsheet. The mailbox password appears only as "changed": the
// history never held more.

export const CSV_COLUMNS = [
  "Time (UTC)",
  "Person",
  "Action",
  "Monitor ID",
  "Monitor name",
  "What happened",
  "Changes",
  "Outcome",
  "Message",
  "Entry ID",
] as const;

/**
 * One cell: quoted when it holds a comma, quote or line break; and a leading `=`, `+`, `-`, `@`
 * (or tab/CR) gets a `'` so a spreadsheet shows it as text instead of running it as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function csvHeader(): string {
  return csvRow(CSV_COLUMNS);
}

export function csvEntryRow(entry: HistoryEntry): string {
  return csvRow([
    entry.at,
    entry.actor,
    ACTION_LABELS[entry.action],
    entry.monitorId ?? "",
    entry.monitorName,
    `${entry.actor} ${actionSentence(entry)}`,
    entry.changes.map(changeLine).join("; "),
    OUTCOME_LABELS[entry.outcome],
    entry.message ?? "",
    entry.id,
  ]);
}

/** "activity-2026-05-01.csv": the day the export was made (UTC). */
export function csvFileName(now: Date): string {
  return `activity-${now.toISOString().slice(0, 10)}.csv`;
}
