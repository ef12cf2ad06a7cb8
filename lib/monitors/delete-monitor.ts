import "server-only";
import { type DeleteResult, getAlertSite } from "@/lib/alertsite";
import { type ConsoleSession } from "@/lib/auth/session";
import { deleteChanges } from "@/lib/history/field-changes";
import { recordChange } from "@/lib/history/record-change";
import { type ChangeContext } from "./change-context";

/**
 * Deletes a monitor, recorded in the history with everything it had (read just before). When the
 * read fails the delete is still sent and recorded by id alone: AlertSite's answer decides.
 */
export async function deleteMonitorRecorded(
  session: Pick<ConsoleSession, "email" | "alertSiteToken">,
  id: string,
  context: ChangeContext = {},
): Promise<DeleteResult> {
  const alertSite = context.alertSite ?? getAlertSite();
  const current = context.current ?? (await alertSite.getMonitor(session.alertSiteToken, id).catch(() => undefined));
  const attempt = {
    actor: session.email,
    action: "delete",
    monitorId: id,
    monitorName: current?.name ?? `Monitor ${id}`,
    changes: current ? deleteChanges(current) : [],
    bulkActionId: context.bulkActionId ?? null,
  } as const;
  return recordChange(
    attempt,
    () => alertSite.deleteMonitor(session.alertSiteToken, id),
    (result) =>
      result.outcome === "deleted" ? { outcome: "done" } : { outcome: "refused", message: result.alertSite },
    context.onAttemptWritten,
  );
}
