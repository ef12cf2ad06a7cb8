import { infiniteQueryOptions } from "@tanstack/react-query";
import { consoleFetch } from "@/lib/api/client/console-fetch";
import { monitorKeys } from "@/lib/monitors/queries";
import { historyPageSchema } from "./entry";

export const historyKeys = {
  /** Under the monitor's detail key: every change that invalidates the monitor refreshes its history too. */
  monitor: (id: string) => [...monitorKeys.detail(id), "history"] as const,
};

/** The monitor's history, newest first, a page at a time ("Show more" fetches the next). */
export function monitorHistoryQuery(id: string) {
  return infiniteQueryOptions({
    queryKey: historyKeys.monitor(id),
    queryFn: ({ pageParam, signal }) => {
      const search = pageParam === "" ? "" : `?${new URLSearchParams({ cursor: pageParam }).toString()}`;
      return consoleFetch(`/api/monitors/${encodeURIComponent(id)}/history${search}`, historyPageSchema, { signal });
    },
    initialPageParam: "",
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
