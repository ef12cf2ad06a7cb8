import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { consoleFetch } from "@/lib/api/client/console-fetch";
import { type HealthReport, healthReportSchema, type TestProgress } from "./health";
import { getTestProgress } from "./api-client";
import { type UpstreamMonitor, upstreamMonitorSchema } from "./upstream";

/** Query keys for monitors: invalidate `monitorKeys.all` after any create, edit, pause, resume or delete. */
export const monitorKeys = {
  all: ["monitors"] as const,
  list: () => [...monitorKeys.all, "list"] as const,
  detail: (id: string) => [...monitorKeys.all, "detail", id] as const,
  /** The monitor page: the monitor with its status. Under `detail(id)`, so invalidating the detail covers it. */
  page: (id: string) => [...monitorKeys.detail(id), "page"] as const,
  /** One on-demand test's progress. */
  test: (id: string, testId: string) => [...monitorKeys.detail(id), "test", testId] as const,
};

export type MonitorListData = {
  monitors: UpstreamMonitor[];
  /** Monitors AlertSite sent in a form the console cannot read. */
  skipped: number;
  /** Each monitor's status, or why it is unavailable. */
  health: HealthReport;
};

/** What the page says when the console sent no status it could read (an older console mid-deploy). */
const HEALTH_UNREADABLE: HealthReport = {
  status: "unavailable",
  message: "The console sent no monitor status this page could read. Reload to try again.",
};
const healthFieldSchema = healthReportSchema.catch(HEALTH_UNREADABLE);

/**
 * The console sends monitors it already read tolerantly; a row that still does not fit (a console of
 * another version mid-deploy) is counted with the skipped ones rather than failing the whole list.
 */
const monitorListResponseSchema = z
  .object({
    monitors: z.array(z.unknown()),
    skipped: z.int().nonnegative().catch(0),
    health: healthFieldSchema,
  })
  .transform(({ monitors: rows, skipped, health }): MonitorListData => {
    const monitors: UpstreamMonitor[] = [];
    for (const row of rows) {
      const parsed = upstreamMonitorSchema.safeParse(row);
      if (parsed.success) monitors.push(parsed.data);
    }
    return { monitors, skipped: skipped + rows.length - monitors.length, health };
  });
const monitorResponseSchema = z.object({ monitor: upstreamMonitorSchema });
const monitorPageResponseSchema = z.object({ monitor: upstreamMonitorSchema, health: healthFieldSchema });
export type MonitorPageData = z.infer<typeof monitorPageResponseSchema>;

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

/** The monitor page: the monitor and its status (`health.byId[id]`, or why status is unavailable). */
export function monitorPageQuery(id: string) {
  return queryOptions({
    queryKey: monitorKeys.page(id),
    queryFn: ({ signal }) =>
      consoleFetch(`/api/monitors/${encodeURIComponent(id)}`, monitorPageResponseSchema, { signal }),
  });
}

/** How often a running test is polled, and for how long before the page gives up. */
export const TEST_POLL_INTERVAL_MS = 2000;
export const TEST_POLL_LIMIT_MS = 5 * 60 * 1000;

/**
 * A started test's progress, polled every TEST_POLL_INTERVAL_MS while it runs and never again once it
 * has ended. The page stops it (unmount, or `enabled: false` after TEST_POLL_LIMIT_MS).
 */
export function testProgressQuery(id: string, testId: string) {
  return queryOptions({
    queryKey: monitorKeys.test(id, testId),
    queryFn: ({ signal }): Promise<TestProgress> => getTestProgress(id, testId, signal),
    refetchInterval: (query) => (query.state.data?.phase === "running" ? TEST_POLL_INTERVAL_MS : false),
    refetchOnWindowFocus: false,
    retry: false,
  });
}
