import { consoleRoute } from "@/lib/api/server/console-route";
import { jsonResponse } from "@/lib/api/server/responses";
import { readBulkAction } from "@/lib/bulk/bulk-actions";

/** GET /api/bulk-actions/{id}: one of the signed-in person's bulk actions with every item's progress: `{ bulkAction }`. */
export const GET = consoleRoute<{ id: string }>(async ({ session, params }) =>
  jsonResponse({ bulkAction: await readBulkAction(session, params.id) }),
);
