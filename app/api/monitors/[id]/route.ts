import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { jsonResponse, singleError } from "@/lib/api/server/responses";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { saveMonitorEdit } from "@/lib/monitors/save-monitor-edit";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";

// A malformed id never reaches AlertSite.
const notFound = (id: string) => singleError(404, `Monitor ${id} was not found.`);

/** GET /api/monitors/{id}: one monitor as AlertSite has it now (never its mailbox password). */
export const GET = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return notFound(params.id);
  const monitor = await getAlertSite().getMonitor(session.alertSiteToken, params.id);
  return jsonResponse({ monitor });
});

/** PATCH /api/monitors/{id}: only the changed fields, checked with the edit schema and against the monitor as it is. */
export const PATCH = consoleRoute<{ id: string }>(async ({ request, session, params }) => {
  if (!isMonitorId(params.id)) return notFound(params.id);
  const patch = await parseJsonBody(request, monitorEditSchema);
  return jsonResponse(await saveMonitorEdit(session, params.id, patch));
});
