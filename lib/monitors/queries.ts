import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { consoleFetch } from "@/lib/api/client/console-fetch";
import { type UpstreamMonitor, upstreamMonitorSchema } from "./upstream";

/** Query keys for monitors: invalidate `monitorKeys.all` after any create or edit. */
export const monitorKeys = {
  all: ["monitors"] as const,
  list: () => [...monitorKeys.all, "list"] as const,
  detail: (id: string) => [...monitorKeys.all, "detail", id] as const,
};

export type MonitorListData = {
  monitors: UpstreamMonitor[];
  /** Monitors AlertSite sent in a form the console cannot read. */
  skipped: number;
};

/**
 * The console sends monitors it already read tolerantly; a row that still does not fit (a console of
 * another version mid-deploy) is counted with the skipped ones rather than failing the whole list.
 */
const monitorListResponseSchema = z
  .object({
    monitors: z.array(z.unknown()),
    skipped: z.int().nonnegative().catch(0),
  })
  .transform(({ monitors: rows, skipped }): MonitorListData => {
    const monitors: UpstreamMonitor[] = [];
    for (const row of rows) {
      const parsed = upstreamMonitorSchema.safeParse(row);
      if (parsed.success) monitors.push(parsed.data);
    }
    return { monitors, skipped: skipped + rows.length - monitors.length };
  });
const monitorResponseSchema = z.object({ monitor: upstreamMonitorSchema });

export function monitorListQuery() {
  return queryOptions({
    queryKey: monitorKeys.list(),
    queryFn: ({ signal }) => consoleFetch("/api/monitors", monitorListResponseSchema, { signal }),
  });
}

export function monitorQuery(id: string) {
  return queryOptions({
    queryKey: monitorKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await consoleFetch(`/api/monitors/${encodeURIComponent(id)}`, monitorResponseSchema, { signal })).monitor,
  });
}
