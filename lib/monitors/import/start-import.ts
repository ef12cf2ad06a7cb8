import { consoleFetch } from "@/lib/api/client/console-fetch";
import { type BulkActionView, bulkActionResponseSchema } from "@/lib/bulk/contract";
import { type MonitorCreateBody } from "../create-schema";

export type ImportItem = { row: number; values: MonitorCreateBody };

/**
 * Starts the import as a bulk action of kind "create". `requestKey` is made once per confirmed
 * preview: sent again (a double click, a retry after a lost answer) it returns the same action.
 */
export async function startImport(requestKey: string, items: readonly ImportItem[]): Promise<BulkActionView> {
  const { bulkAction } = await consoleFetch("/api/bulk-actions", bulkActionResponseSchema, {
    method: "POST",
    body: JSON.stringify({ requestKey, kind: "create", items }),
  });
  return bulkAction;
}
