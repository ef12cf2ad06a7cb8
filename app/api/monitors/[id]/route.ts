import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { errorResponse, jsonResponse, singleError } from "@/lib/api/server/responses";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { healthOf, readStatus } from "@/lib/monitors/read-health";
import { saveMonitorEdit } from "@/lib/monitors/save-monitor-edit";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";

// A malformed id never reaches AlertSite.
const notFound = (id: string) => singleError(404, `Monitor ${id} was not found.`);

/**
 * GET /api/monitors/{id}: one monitor as AlertSite has it now (never its mailbox password), and its
 * status, read alongside: `{ monitor, health }`.
 */
export const GET = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return notFound(params.id);
  const token = session.alertSiteToken;
  const [monitor, status] = await Promise.all([
    getAlertSite().getMonitor(token, params.id),
    readStatus(token, [params.id]),
  ]);
  return jsonResponse({ monitor, health: healthOf(status, [monitor]) });
});

/** PATCH /api/monitors/{id}: only the changed fields, checked with the edit schema and against the monitor as it is. */
export const PATCH = consoleRoute<{ id: string }>(async ({ request, session, params }) => {
  if (!isMonitorId(params.id)) return notFound(params.id);
  const patch = await parseJsonBody(request, monitorEditSchema);
  return jsonResponse(await saveMonitorEdit(session, params.id, patch));
});

const alreadyGone = (id: string) => `Monitor ${id} was already deleted or never existed.`;

/** DELETE /api/monitors/{id}: `{ id, deleted: true }`; a monitor AlertSite does not have is a 404 in plain words. */
export const DELETE = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return singleError(404, alreadyGone(params.id));
  const result = await getAlertSite().deleteMonitor(session.alertSiteToken, params.id);
  if (result.outcome === "not-found") {
    return errorResponse(404, [{ code: 404, message: alreadyGone(params.id), alertSite: result.alertSite }]);
  }
  return jsonResponse({ id: params.id, deleted: true });
});
