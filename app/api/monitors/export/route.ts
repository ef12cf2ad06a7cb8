import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { singleError } from "@/lib/api/server/responses";
import { exportMonitors } from "@/lib/monitors/export/export-monitors";
import { exportRequestSchema } from "@/lib/monitors/export/export-request";

/**
 * POST /api/monitors/export `{ format, monitorIds? }`: the chosen monitors (absent: every one) as a
 * CSV or JSON download, never with a mailbox password.
 */
export const POST = consoleRoute(async ({ request, session }) => {
  const exportRequest = await parseJsonBody(request, exportRequestSchema);
  const { monitors } = await getAlertSite().listRoundTripMonitors(session.alertSiteToken);
  const file = exportMonitors(monitors, exportRequest, new Date());
  if (file.count === 0 && exportRequest.monitorIds) {
    return singleError(404, "None of the chosen monitors exist now: they were deleted. Reload the list.");
  }
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Exported-Count": String(file.count),
    },
  });
});
