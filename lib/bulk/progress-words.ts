import { plural } from "@/lib/plural";
import { type BulkActionView, type BulkItemStatus, type BulkKind } from "./contract";

// A bulk action's progress in words, for its page and the activity page.

export const KIND_TITLES: Readonly<Record<BulkKind, string>> = {
  pause: "Pause monitors",
  resume: "Resume monitors",
  delete: "Delete monitors",
  edit: "Change fields on monitors",
  create: "Create monitors (import)",
};

export const STATUS_WORDS: Readonly<Record<BulkItemStatus, string>> = {
  queued: "Not sent yet",
  sending: "Sending",
  waiting: "Waiting: AlertSite asked to slow down",
  done: "Done",
  failed: "Failed",
  unknown: "Outcome unknown",
  cancelled: "Never sent: cancelled",
};

type Counts = BulkActionView["counts"];

function count(counts: Counts, status: BulkItemStatus): number {
  return counts[status] ?? 0;
}

export function totalItems(counts: Counts): number {
  return Object.values(counts).reduce((sum, value) => sum + value, 0);
}

/** Items with an answer (or none to come): done, failed, unknown or cancelled. */
const SETTLED: readonly BulkItemStatus[] = ["done", "failed", "unknown", "cancelled"];

export function settledItems(counts: Counts): number {
  return SETTLED.reduce((sum, status) => sum + count(counts, status), 0);
}

/** "12 of 40 done, 1 failed": the running count while an action runs. */
export function runningCount(counts: Counts): string {
  const parts = [`${count(counts, "done").toLocaleString("en")} of ${totalItems(counts).toLocaleString("en")} done`];
  if (count(counts, "failed") > 0) parts.push(`${count(counts, "failed").toLocaleString("en")} failed`);
  if (count(counts, "unknown") > 0) parts.push(`${count(counts, "unknown").toLocaleString("en")} unknown`);
  if (count(counts, "waiting") > 0) parts.push(`${count(counts, "waiting").toLocaleString("en")} waiting`);
  if (count(counts, "cancelled") > 0) parts.push(`${count(counts, "cancelled").toLocaleString("en")} never sent`);
  return parts.join(", ");
}

/** One sentence on where the action is or how it ended. */
export function stateSentence(action: Pick<BulkActionView, "state" | "counts" | "inFlight">): string {
  const { counts } = action;
  const done = plural(count(counts, "done"), "monitor", "monitors");
  switch (action.state) {
    case "running":
      return `Running: ${plural(action.inFlight, "request", "requests")} in flight.`;
    case "cancelling":
      return `Cancelling: waiting for ${plural(action.inFlight, "request", "requests")} already sent; nothing more is sent.`;
    case "cancelled":
      return `Cancelled. ${done} done before it stopped; ${plural(count(counts, "cancelled"), "monitor was", "monitors were")} never sent.`;
    case "finished":
      return count(counts, "failed") + count(counts, "unknown") === 0
        ? `Finished: ${count(counts, "done") === 1 ? "" : "all "}${done} done.`
        : `Finished: ${done} done, ${count(counts, "failed").toLocaleString("en")} failed${
            count(counts, "unknown") > 0
              ? `, ${count(counts, "unknown").toLocaleString("en")} with an unknown outcome`
              : ""
          }.`;
  }
}
