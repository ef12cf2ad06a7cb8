import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { jsonResponse } from "@/lib/api/server/responses";
import { monitorCreateSchema } from "@/lib/monitors/create-schema";

/**
 * GET /api/monitors: the account's round-trip email monitors (other types never appear), and how many
 * monitors AlertSite sent in a form the console cannot read: `{ monitors, skipped }`.
 */
export const GET = consoleRoute(async ({ session }) => {
  const { monitors, skipped } = await getAlertSite().listRoundTripMonitors(session.alertSiteToken);
  return jsonResponse({ monitors, skipped });
});

/** POST /api/monitors: a new round-trip email monitor, validated with the form's schema. */
export const POST = consoleRoute(async ({ request, session }) => {
  const body = await parseJsonBody(request, monitorCreateSchema);
  const { id } = await getAlertSite().createRoundTripMonitor(session.alertSiteToken, body);
  return jsonResponse({ id });
});
