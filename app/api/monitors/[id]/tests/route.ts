import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { jsonResponse, singleError } from "@/lib/api/server/responses";
import { type StartedTest } from "@/lib/monitors/health";
import { isMonitorId } from "@/lib/monitors/monitor-id";

/** POST /api/monitors/{id}/tests: starts a test of the monitor now (at its primary location): a StartedTest. */
export const POST = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return singleError(404, `Monitor ${params.id} was not found.`);
  const started: StartedTest = await getAlertSite().startTest(session.alertSiteToken, params.id);
  return jsonResponse(started);
});
