import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/console-route";
import { parseJsonBody } from "@/lib/api/request-body";
import { errorResponse, jsonResponse, singleError } from "@/lib/api/responses";
import { checkEditAgainstCurrent } from "@/lib/monitors/edit-check";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";

/** PATCH /api/monitors/email-round-trip/{id}: only the changed fields, checked with the edit schema. */
export const PATCH = consoleRoute<{ id: string }>(async ({ request, session, params }) => {
  if (!isMonitorId(params.id)) return singleError(404, `Monitor ${params.id} was not found.`);
  const patch = await parseJsonBody(request, monitorEditSchema);
  if (Object.keys(patch).length === 0) return singleError(400, "Nothing to change: send at least one field to update.");
  const alertSite = getAlertSite();
  const issues = await checkEditAgainstCurrent(patch, () => alertSite.getMonitor(session.alertSiteToken, params.id));
  const [first, ...rest] = issues;
  if (first) return errorResponse(400, [first, ...rest]);
  const { id } = await alertSite.editRoundTripMonitor(session.alertSiteToken, params.id, patch);
  return jsonResponse({ id });
});
