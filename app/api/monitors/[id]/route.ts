import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/console-route";
import { jsonResponse, singleError } from "@/lib/api/responses";
import { isMonitorId } from "@/lib/monitors/monitor-id";

/** GET /api/monitors/{id}: one monitor as AlertSite has it now (never its mailbox password). */
export const GET = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return singleError(404, `Monitor ${params.id} was not found.`);
  const monitor = await getAlertSite().getMonitor(session.alertSiteToken, params.id);
  return jsonResponse({ monitor });
});
