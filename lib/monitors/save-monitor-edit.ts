import "server-only";
import { getAlertSite } from "@/lib/alertsite";
import { type ConsoleMonitorIdResponse } from "@/lib/api/envelope";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { type ConsoleSession } from "@/lib/auth/session";
import { type HistoryAction } from "@/lib/history/entry";
import { editChanges } from "@/lib/history/field-changes";
import { outcomeOfResult, recordChange } from "@/lib/history/record-change";
import { type ChangeContext } from "./change-context";
import { checkEditAgainstCurrent } from "./edit-check";
import { type MonitorEditBody } from "./edit-schema";
import { editResolvingOutcome } from "./resolve-outcome";

/** An edit of `enabled` alone is a pause or a resume; anything else is an edit. */
export function editAction(patch: MonitorEditBody): HistoryAction {
  const fields = Object.keys(patch);
  if (fields.length !== 1 || patch.enabled === undefined) return "edit";
  return patch.enabled ? "resume" : "pause";
}

/**
 * Saves an edit of a round-trip monitor: refuses an empty one, reads the monitor as it is (the
 * history's "before", and the values the cross-field rules need) unless the context holds it, checks
 * the edit against it, records the attempt, then sends AlertSite only the changed fields. When the answer is lost, it reads the
 * monitor again to tell whether the change was made.
 */
export async function saveMonitorEdit(
  session: Pick<ConsoleSession, "email" | "alertSiteToken">,
  id: string,
  patch: MonitorEditBody,
  context: ChangeContext = {},
): Promise<ConsoleMonitorIdResponse> {
  if (Object.keys(patch).length === 0) {
    throw new RequestRejected(400, [{ code: 400, message: "Nothing to change: send at least one field to update." }]);
  }
  const token = session.alertSiteToken;
  const alertSite = context.alertSite ?? getAlertSite();
  const current = context.current ?? (await alertSite.getMonitor(token, id));
  const [first, ...rest] = await checkEditAgainstCurrent(patch, async () => current);
  if (first) throw new RequestRejected(400, [first, ...rest]);
  const attempt = {
    actor: session.email,
    action: editAction(patch),
    monitorId: id,
    monitorName: current.name ?? `Monitor ${id}`,
    changes: editChanges(current, patch),
    bulkActionId: context.bulkActionId ?? null,
  };
  return recordChange(
    attempt,
    ({ answerLost }) =>
      editResolvingOutcome(id, patch, {
        edit: () => alertSite.editRoundTripMonitor(token, id, patch),
        read: () => alertSite.getMonitor(token, id),
        onAnswerLost: answerLost,
      }),
    outcomeOfResult,
    context.onAttemptWritten,
  );
}
