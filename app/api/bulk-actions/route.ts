import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { jsonResponse } from "@/lib/api/server/responses";
import { startBulkAction } from "@/lib/bulk/bulk-actions";
import { MAX_BULK_BODY_BYTES, startBulkActionSchema } from "@/lib/bulk/contract";

/**
 * POST /api/bulk-actions: starts a bulk action, run by the server a few requests at a time: 202
 * `{ bulkAction }`. The same `requestKey` again sends nothing and answers 200 with the action already started.
 */
export const POST = consoleRoute(async ({ request, session }) => {
  const body = await parseJsonBody(request, startBulkActionSchema, MAX_BULK_BODY_BYTES);
  const { bulkAction, isNew } = await startBulkAction(session, body);
  return jsonResponse({ bulkAction }, isNew ? 202 : 200);
});
