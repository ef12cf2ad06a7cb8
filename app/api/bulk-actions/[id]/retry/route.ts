import { consoleRoute } from "@/lib/api/server/console-route";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { jsonResponse } from "@/lib/api/server/responses";
import { retryBulkAction } from "@/lib/bulk/bulk-actions";
import { retryBulkActionSchema } from "@/lib/bulk/contract";

/**
 * POST /api/bulk-actions/{id}/retry `{ requestKey }`: sends only the failed items again, as a new run
 * of the same action: 202 `{ bulkAction }`; the same key again sends nothing and answers 200.
 */
export const POST = consoleRoute<{ id: string }>(async ({ request, session, params }) => {
  const { requestKey } = await parseJsonBody(request, retryBulkActionSchema);
  const { bulkAction, isNew } = await retryBulkAction(session, params.id, requestKey);
  return jsonResponse({ bulkAction }, isNew ? 202 : 200);
});
