import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { jsonResponse } from "@/lib/api/server/responses";
import { viewOnlyCookie } from "@/lib/api/server/view-only-cookie";
import { createMonitorRecorded } from "@/lib/monitors/create-monitor";
import { monitorCreateSchema } from "@/lib/monitors/create-schema";
import { healthOf, readStatus } from "@/lib/monitors/read-health";
import { isViewOnlyList } from "@/lib/monitors/view-only";

/**
 * GET /api/monitors: the account's round-trip email monitors (other types never appear), how many
 * monitors AlertSite sent in a form the console cannot read, and each one's status from one status
 * call made alongside the list read (`health`, "unavailable" when that call fails): `{ monitors, skipped, health }`.
 */
export const GET = consoleRoute(async ({ session }) => {
  const token = session.alertSiteToken;
  const [{ monitors, skipped }, status] = await Promise.all([
    getAlertSite().listRoundTripMonitors(token),
    readStatus(token),
  ]);
  const response = jsonResponse({ monitors, skipped, health: healthOf(status, monitors) });
  if (isViewOnlyList(monitors)) response.headers.append("Set-Cookie", viewOnlyCookie(session));
  return response;
});

/**
 * POST /api/monitors: a new round-trip email monitor, validated with the form's schema and recorded
 * in the history before it is sent. When AlertSite's answer is lost, the console looks for the
 * monitor before answering (resolve-outcome.ts).
 */
export const POST = consoleRoute(async ({ request, session }) => {
  const body = await parseJsonBody(request, monitorCreateSchema);
  return jsonResponse(await createMonitorRecorded(session, body));
});
