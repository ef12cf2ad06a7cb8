import { consoleRoute } from "@/lib/api/server/console-route";
import { parseActivityView } from "@/lib/history/activity-view";
import { csvFileName } from "@/lib/history/csv";
import { activityCsvStream } from "@/lib/history/export-activity";

/** GET /api/activity/export?…the activity page's filters…: every matching entry as CSV, newest first. */
export const GET = consoleRoute(async ({ request }) => {
  const view = parseActivityView(request.nextUrl.searchParams);
  const body = await activityCsvStream(view);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(new Date())}"`,
      "Cache-Control": "no-store",
    },
  });
});
