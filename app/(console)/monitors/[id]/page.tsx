import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { MonitorLoadProblem } from "@/components/monitors/edit/monitor-load-problem";
import { MonitorPage } from "@/components/monitors/page/monitor-page";
import { MonitorPageSkeleton } from "@/components/monitors/page/monitor-page-skeleton";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";
import { currentSession } from "@/lib/auth/session";
import { prefetchMonitorHistory } from "@/lib/history/prefetch-history";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { prefetchMonitorPage } from "@/lib/monitors/prefetch-monitor";
import { getQueryClient } from "@/lib/query-client";
import { signInPath } from "@/lib/safe-return-url";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: isMonitorId(id) ? `Monitor ${id}` : "Monitor not found" };
}

/** `/monitors/{id}`: a stable address for one monitor, which a portal can link to. */
export default async function MonitorDetailPage({ params }: { params: Params }) {
  const { id } = await params;
  // A malformed id never reaches AlertSite.
  if (!isMonitorId(id)) notFound();
  const session = await currentSession();
  if (!session) redirect(signInPath(`/monitors/${id}`));

  const queryClient = getQueryClient();
  const [read] = await Promise.all([
    prefetchMonitorPage(queryClient, session.alertSiteToken, id),
    prefetchMonitorHistory(queryClient, id),
  ]);
  if (read.outcome === "not-found") notFound();
  if (read.outcome === "failed")
    return <MonitorLoadProblem id={id} title={`Monitor ${id}`} returnPath={`/monitors/${id}`} failure={read.failure} />;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ViewOnlyArea>
        {/* useSearchParams (Test now on arrival) needs a Suspense boundary. */}
        <Suspense fallback={<MonitorPageSkeleton />}>
          <MonitorPage id={id} />
        </Suspense>
      </ViewOnlyArea>
    </HydrationBoundary>
  );
}
