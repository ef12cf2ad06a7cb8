import "server-only";
import { type QueryClient } from "@tanstack/react-query";
import { getAlertSite, isAlertSiteError } from "@/lib/alertsite";
import { errorLines } from "@/lib/api/envelope";
import { alertSiteProblem, logAlertSiteFailure } from "@/lib/api/server/alertsite-failure";
import { monitorKeys, type MonitorPageData } from "./queries";
import { healthOf, readStatus } from "./read-health";

/** Why a page could not show a monitor, in lines for the user: plain words, each followed by "AlertSite said: …" where it said something. */
export type MonitorLoadFailure = { isSessionEnded: boolean; messages: string[] };

export type MonitorPrefetch =
  { outcome: "loaded" } | { outcome: "not-found" } | { outcome: "failed"; failure: MonitorLoadFailure };

/**
 * Reads one monitor from AlertSite with the user's token into `queryClient`, under the key the
 * browser's `monitorQuery(id)` uses, so a page can hand it over with `HydrationBoundary` and render
 * it on the server. A failure is logged once and told apart: not found, or the plain-language problem.
 */
export function prefetchMonitor(queryClient: QueryClient, token: string, id: string): Promise<MonitorPrefetch> {
  return prefetchInto(id, () =>
    queryClient.fetchQuery({
      queryKey: monitorKeys.detail(id),
      queryFn: () => getAlertSite().getMonitor(token, id),
    }),
  );
}

/**
 * The monitor page's read: the monitor and its status (one status call, which never fails the
 * page), under the key of the browser's `monitorPageQuery(id)`.
 */
export function prefetchMonitorPage(queryClient: QueryClient, token: string, id: string): Promise<MonitorPrefetch> {
  return prefetchInto(id, () =>
    queryClient.fetchQuery({
      queryKey: monitorKeys.page(id),
      queryFn: async (): Promise<MonitorPageData> => {
        const [monitor, status] = await Promise.all([getAlertSite().getMonitor(token, id), readStatus(token, [id])]);
        return { monitor, health: healthOf(status, [monitor]) };
      },
    }),
  );
}

async function prefetchInto(id: string, read: () => Promise<unknown>): Promise<MonitorPrefetch> {
  try {
    await read();
    return { outcome: "loaded" };
  } catch (error) {
    if (!isAlertSiteError(error)) throw error;
    const { status, errors } = alertSiteProblem(error);
    logAlertSiteFailure(`page read of monitor ${id}`, status, error, crypto.randomUUID());
    if (status === 404) return { outcome: "not-found" };
    return {
      outcome: "failed",
      failure: { isSessionEnded: status === 401, messages: errors.flatMap(errorLines) },
    };
  }
}
