import { queryOptions } from "@tanstack/react-query";
import { consoleFetch } from "@/lib/api/client/console-fetch";
import { type BulkActionView, bulkActionResponseSchema, type StartBulkAction } from "./contract";

// Browser → the console's bulk-action routes.

const actionPath = (id: string) => `/api/bulk-actions/${encodeURIComponent(id)}`;

async function bulkActionCall(url: string, init: RequestInit = {}): Promise<BulkActionView> {
  return (await consoleFetch(url, bulkActionResponseSchema, init)).bulkAction;
}

/** Starts an action; the same request key again answers the action it already started. */
export function startBulkAction(body: StartBulkAction): Promise<BulkActionView> {
  return bulkActionCall("/api/bulk-actions", { method: "POST", body: JSON.stringify(body) });
}

export function cancelBulkAction(id: string): Promise<BulkActionView> {
  return bulkActionCall(`${actionPath(id)}/cancel`, { method: "POST" });
}

/** Sends the failed items again as a new run of the same action; a new key per click of Retry. */
export function retryFailedItems(id: string, requestKey: string): Promise<BulkActionView> {
  return bulkActionCall(`${actionPath(id)}/retry`, { method: "POST", body: JSON.stringify({ requestKey }) });
}

export const bulkActionKeys = {
  all: ["bulk-actions"] as const,
  detail: (id: string) => [...bulkActionKeys.all, id] as const,
};

/** How often a running action is read again. */
export const BULK_POLL_INTERVAL_MS = 1000;

export function isSettled(action: Pick<BulkActionView, "state">): boolean {
  return action.state === "finished" || action.state === "cancelled";
}

/** The action, read every second until it has settled, then never again. */
export function bulkActionQuery(id: string) {
  return queryOptions({
    queryKey: bulkActionKeys.detail(id),
    queryFn: ({ signal }) => bulkActionCall(actionPath(id), { signal }),
    refetchInterval: (query) => (query.state.data && isSettled(query.state.data) ? false : BULK_POLL_INTERVAL_MS),
    refetchIntervalInBackground: true,
  });
}
