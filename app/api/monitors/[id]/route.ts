import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { jsonResponse, singleError } from "@/lib/api/server/responses";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { saveMonitorEdit } from "@/lib/monitors/save-monitor-edit";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";

// A malformed id never reaches AlertSite, nor the answer: whatever was in the URL is not repeated.
const notFound = () => singleError(404, "This monitor was not found.");

/** GET /api/monitors/{id}: one monitor as AlertSite has it now (never its mailbox password). */
export const GET = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return notFound();
  const monitor = await getAlertSite().getMonitor(session.alertSiteToken, params.id);
  return jsonResponse({ monitor });
});

/** PATCH /api/monitors/{id}: only the changed fields, checked with the edit schema and against the monitor as it is. */
export const PATCH = consoleRoute<{ id: string }>(async ({ request, session, params }) => {
  if (!isMonitorId(params.id)) return notFound();
  const patch = await parseJsonBody(request, monitorEditSchema);
  return jsonResponse(await saveMonitorEdit(session, params.id, patch));
});
