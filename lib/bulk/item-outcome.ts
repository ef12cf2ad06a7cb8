import "server-only";
import { type AlertSiteError, isAlertSiteError } from "@/lib/alertsite";
import { type ApiError } from "@/lib/api/envelope";
import { alertSiteProblem } from "@/lib/api/server/alertsite-failure";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { UnresolvedWrite } from "@/lib/api/server/write-outcome";
import { type BulkItemUpdate } from "@/lib/db/bulk-queries";
import { HISTORY_UNAVAILABLE_ERROR, HistoryUnavailable } from "@/lib/history/history-unavailable";

// What a bulk item's failure means, in the same words a single change would show: the console's
// plain reading first, AlertSite's own text kept beside it.

export type SettledItem = Required<Pick<BulkItemUpdate, "status" | "message" | "alertSite">>;

const sentence = (error: ApiError) => [error.message, error.action].filter(Boolean).join(" ");

function fromErrors(status: "failed" | "unknown", errors: readonly ApiError[]): SettledItem {
  const saidByAlertSite = errors.flatMap((error) => (error.alertSite ? [error.alertSite] : []));
  return {
    status,
    message: errors.map(sentence).join(" ") || "AlertSite refused the change.",
    alertSite: saidByAlertSite.length > 0 ? saidByAlertSite.join(" ") : null,
  };
}

/** The AlertSite failure under an error, whether thrown as is or after the console looked (UnresolvedWrite). */
export function alertSiteFailureOf(error: unknown): AlertSiteError | undefined {
  if (error instanceof UnresolvedWrite) return error.failure;
  return isAlertSiteError(error) ? error : undefined;
}

/** AlertSite said the session's token is no longer good: every later item would fail the same way. */
export function isSessionEnded(error: unknown): boolean {
  return alertSiteFailureOf(error)?.status === 401;
}

export function failedItem(error: unknown): SettledItem {
  if (error instanceof UnresolvedWrite)
    return fromErrors(
      error.outcome === "unknown" ? "unknown" : "failed",
      alertSiteProblem(error.failure, error).errors,
    );
  if (isAlertSiteError(error))
    return fromErrors(error.unknownOutcome ? "unknown" : "failed", alertSiteProblem(error).errors);
  if (error instanceof RequestRejected) return fromErrors("failed", error.errors);
  if (error instanceof HistoryUnavailable) return fromErrors("failed", [HISTORY_UNAVAILABLE_ERROR]);
  return {
    status: "unknown",
    message:
      "The console hit an unexpected problem while sending this change: look at the monitor before trying again.",
    alertSite: null,
  };
}

export const DONE: SettledItem = { status: "done", message: null, alertSite: null };

/** Done, though AlertSite's answer had been lost: the console looked and found the change made. */
export const DONE_AFTER_LOOKING: SettledItem = {
  status: "done",
  message: "AlertSite's answer was lost; the console looked and found the change made.",
  alertSite: null,
};

/** Cancelled while waiting out a 429: AlertSite's refusal stands, nothing more was sent. */
export const CANCELLED_WHILE_WAITING: SettledItem = {
  status: "cancelled",
  message:
    "Not sent again: AlertSite had asked the console to slow down, and the action was cancelled during the wait.",
  alertSite: null,
};

export const NOT_SENT_CANCELLED = "Not sent: the action was cancelled before this monitor's turn.";
export const NOT_SENT_SESSION_ENDED =
  "Not sent: your AlertSite session ended during the action. Sign in again, then retry the failed ones.";
export const NOT_SENT_INSTANCE_STOPPED =
  "Not sent: the console that ran this action stopped before this monitor's turn.";
export const IN_FLIGHT_INSTANCE_STOPPED =
  "The console that ran this action stopped while sending this change: look at the monitor to see whether it was made.";
