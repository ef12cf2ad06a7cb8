import { getAlertSite } from "@/lib/alertsite";
import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { errorResponse, jsonResponse, singleError } from "@/lib/api/server/responses";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { healthOf, readStatus } from "@/lib/monitors/read-health";
import { deleteMonitorRecorded } from "@/lib/monitors/delete-monitor";
import { saveMonitorEdit } from "@/lib/monitors/save-monitor-edit";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";

// A malformed id never reaches AlertSite, nor the answer: whatever was in the URL is not repeated.
const notFound = () => singleError(404, "This monitor was not found.");

/**
 * GET /api/monitors/{id}: one monitor as AlertSite has it now (never its mailbox password), and its
 * status, read alongside: `{ monitor, health }`.
 */
export const GET = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return notFound();
  const token = session.alertSiteToken;
  const [monitor, status] = await Promise.all([
    getAlertSite().getMonitor(token, params.id),
    readStatus(token, [params.id]),
  ]);
  return jsonResponse({ monitor, health: healthOf(status, [monitor]) });
});

/** PATCH /api/monitors/{id}: only the changed fields, checked with the edit schema and against the monitor as it is. */
export const PATCH = consoleRoute<{ id: string }>(async ({ request, session, params }) => {
  if (!isMonitorId(params.id)) return notFound();
  const patch = await parseJsonBody(request, monitorEditSchema);
  return jsonResponse(await saveMonitorEdit(session, params.id, patch));
});

const alreadyGone = (id: string) => `Monitor ${id} was already deleted or never existed.`;

/**
 * DELETE /api/monitors/{id}: `{ id, deleted: true }`, recorded in the history; a monitor AlertSite
 * does not have is a 404 in plain words.
 */
export const DELETE = consoleRoute<{ id: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return singleError(404, alreadyGone(params.id));
  const result = await deleteMonitorRecorded(session, params.id);
  if (result.outcome === "not-found") {
    return errorResponse(404, [{ code: 404, message: alreadyGone(params.id), alertSite: result.alertSite }]);
  }
  return jsonResponse({ id: params.id, deleted: true });
});
