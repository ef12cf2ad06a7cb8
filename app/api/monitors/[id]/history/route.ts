import { consoleRoute } from "@/lib/api/server/console-route";
import { jsonResponse, singleError } from "@/lib/api/server/responses";
import { pageRequestFrom, readMonitorHistory } from "@/lib/history/read-history";
import { isMonitorId } from "@/lib/monitors/monitor-id";

/** GET /api/monitors/{id}/history?cursor=…: the monitor's history, newest first, one page (a HistoryPage). */
export const GET = consoleRoute<{ id: string }>(async ({ request, params }) => {
  if (!isMonitorId(params.id)) return singleError(404, `Monitor ${params.id} was not found.`);
  const page = pageRequestFrom(request.nextUrl.searchParams);
  return jsonResponse(await readMonitorHistory(params.id, page));
});
