import { type MailboxOwner, mailboxOwners } from "../mailbox-owners";
import { type UpstreamMonitor } from "../upstream";
import { type ImportRow } from "./import-row";

export type MailboxConflict = {
  /** Existing monitors already testing this mailbox. */
  monitors: MailboxOwner[];
  /** The earlier row of the file with the same mailbox, if there is one. */
  earlierRow: number | undefined;
};

function mailboxKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Rows whose mailbox another monitor already uses, or an earlier row of the file: two monitors on one
 * mailbox take each other's test messages. The first row of the file with a mailbox keeps it.
 */
export function mailboxConflicts(
  rows: readonly ImportRow[],
  existing: readonly UpstreamMonitor[],
): Map<number, MailboxConflict> {
  const conflicts = new Map<number, MailboxConflict>();
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of rows) {
    const key = mailboxKey(cells.email);
    if (key === "") continue;
    const monitors = mailboxOwners(existing, key);
    const earlierRow = firstRowOf.get(key);
    if (earlierRow === undefined) firstRowOf.set(key, row);
    if (monitors.length > 0 || earlierRow !== undefined) conflicts.set(row, { monitors, earlierRow });
  }
  return conflicts;
}

/** The conflict in plain words, for the mailbox's cell. */
export function conflictMessage(conflict: MailboxConflict): string {
  const parts: string[] = [];
  if (conflict.monitors.length > 0) {
    const names = conflict.monitors.map((owner) => `${owner.name} (${owner.id})`).join(", ");
    parts.push(`Already the test mailbox of ${names}.`);
  }
  if (conflict.earlierRow !== undefined) parts.push(`Row ${conflict.earlierRow} of this file uses it too.`);
  parts.push("Two monitors on one mailbox take each other's test messages.");
  return parts.join(" ");
}
