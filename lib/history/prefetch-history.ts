import "server-only";
import { type QueryClient } from "@tanstack/react-query";
import { listMonitorEntries } from "@/lib/db/queries";
import { historyKeys } from "./queries";

/**
 * Reads the monitor's newest history page on the server, under the key the browser's
 * monitorHistoryQuery(id) uses. A database that does not answer leaves the key empty: the page still
 * loads, and its History section asks again from the browser and says why it could not.
 */
export async function prefetchMonitorHistory(queryClient: QueryClient, id: string): Promise<void> {
  await queryClient.prefetchInfiniteQuery({
    queryKey: historyKeys.monitor(id),
    queryFn: () => listMonitorEntries(id),
    initialPageParam: "",
    retry: false,
  });
  const state = queryClient.getQueryState(historyKeys.monitor(id));
  if (state?.status === "error")
    console.warn(
      `[history] the page read of monitor ${id}'s history failed; the browser will ask again: ${state.error instanceof Error ? state.error.message : "unknown"}`,
    );
}
