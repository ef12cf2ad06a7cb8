import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/console-route";
import { parseJsonBody } from "@/lib/api/request-body";
import { jsonResponse } from "@/lib/api/responses";
import { monitorCreateSchema } from "@/lib/monitors/create-schema";

/** POST /api/monitors/email-round-trip: validate with the form's schema, then create in AlertSite. */
export const POST = consoleRoute(async ({ request, session }) => {
  const body = await parseJsonBody(request, monitorCreateSchema);
  const { id } = await getAlertSite().createRoundTripMonitor(session.alertSiteToken, body);
  return jsonResponse({ id });
});
