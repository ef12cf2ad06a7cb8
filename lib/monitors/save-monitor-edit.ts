import "server-only";
import { getAlertSite } from "@/lib/alertsite";
import { type ConsoleMonitorIdResponse } from "@/lib/api/envelope";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { checkEditAgainstCurrent } from "./edit-check";
import { type MonitorEditBody } from "./edit-schema";
import { editResolvingOutcome } from "./resolve-outcome";

/**
 * Saves an edit of a round-trip monitor: refuses an empty one, checks it against the monitor's
 * current values where a rule needs them, then sends AlertSite only the changed fields. When the
 * answer is lost, it reads the monitor again to tell whether the change was made.
 */
export async function saveMonitorEdit(
  token: string,
  id: string,
  patch: MonitorEditBody,
): Promise<ConsoleMonitorIdResponse> {
  if (Object.keys(patch).length === 0) {
    throw new RequestRejected(400, [{ code: 400, message: "Nothing to change: send at least one field to update." }]);
  }
  const alertSite = getAlertSite();
  const [first, ...rest] = await checkEditAgainstCurrent(patch, () => alertSite.getMonitor(token, id));
  if (first) throw new RequestRejected(400, [first, ...rest]);
  return editResolvingOutcome(id, patch, {
    edit: () => alertSite.editRoundTripMonitor(token, id, patch),
    read: () => alertSite.getMonitor(token, id),
  });
}
