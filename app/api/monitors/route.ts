import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/console-route";
import { jsonResponse } from "@/lib/api/responses";

/** GET /api/monitors: the account's round-trip email monitors (other types never appear). */
export const GET = consoleRoute(async ({ session }) => {
  const monitors = await getAlertSite().listRoundTripMonitors(session.alertSiteToken);
  return jsonResponse({ monitors });
});
