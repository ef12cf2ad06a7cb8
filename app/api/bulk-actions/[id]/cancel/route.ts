import { consoleRoute } from "@/lib/api/server/console-route";
import { jsonResponse } from "@/lib/api/server/responses";
import { cancelBulkAction } from "@/lib/bulk/bulk-actions";

/**
 * POST /api/bulk-actions/{id}/cancel: no new request starts; those in flight finish: `{ bulkAction }`
 * (`cancelling` until they have). Cancelling an action that has ended changes nothing.
 */
export const POST = consoleRoute<{ id: string }>(async ({ session, params }) =>
  jsonResponse({ bulkAction: await cancelBulkAction(session, params.id) }),
);
