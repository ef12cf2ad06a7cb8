import { consoleRoute } from "@/lib/api/server/console-route";
import { jsonResponse } from "@/lib/api/server/responses";
import { parseActivityView } from "@/lib/history/activity-view";
import { pageRequestFrom, readActivity } from "@/lib/history/read-history";

/**
 * GET /api/activity?q=…&person=…&monitor=…&action=…&outcome=…&from=…&to=…&cursor=…: one page of every
 * change made through the console, newest first, with how many match in all. The parameters are the
 * activity page's own (lib/history/activity-view.ts).
 */
export const GET = consoleRoute(async ({ request }) => {
  const params = request.nextUrl.searchParams;
  const { limit } = pageRequestFrom(params);
  return jsonResponse(await readActivity(parseActivityView(params), limit));
});
