import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { consoleFetch } from "@/lib/api/client/console-fetch";
import { upstreamMonitorSchema } from "./upstream";

/** Query keys for monitors: invalidate `monitorKeys.all` after any create or edit. */
export const monitorKeys = {
  all: ["monitors"] as const,
  list: () => [...monitorKeys.all, "list"] as const,
  detail: (id: string) => [...monitorKeys.all, "detail", id] as const,
};

const monitorListResponseSchema = z.object({ monitors: z.array(upstreamMonitorSchema) });
const monitorResponseSchema = z.object({ monitor: upstreamMonitorSchema });

export function monitorListQuery() {
  return queryOptions({
    queryKey: monitorKeys.list(),
    queryFn: async ({ signal }) =>
      (await consoleFetch("/api/monitors", monitorListResponseSchema, { signal })).monitors,
  });
}

export function monitorQuery(id: string) {
  return queryOptions({
    queryKey: monitorKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await consoleFetch(`/api/monitors/${encodeURIComponent(id)}`, monitorResponseSchema, { signal })).monitor,
  });
}
