import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EditMonitor } from "@/components/monitors/edit/edit-monitor";
import { MonitorLoadProblem } from "@/components/monitors/edit/monitor-load-problem";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";
import { currentSession } from "@/lib/auth/session";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { prefetchMonitor } from "@/lib/monitors/prefetch-monitor";
import { getQueryClient } from "@/lib/query-client";
import { signInPath } from "@/lib/safe-return-url";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: isMonitorId(id) ? `Edit monitor ${id}` : "Monitor not found" };
}

export default async function EditMonitorPage({ params }: { params: Params }) {
  const { id } = await params;
  // A malformed id never reaches AlertSite.
  if (!isMonitorId(id)) notFound();
  const session = await currentSession();
  if (!session) redirect(signInPath(`/monitors/${id}/edit`));

  const queryClient = getQueryClient();
  const read = await prefetchMonitor(queryClient, session.alertSiteToken, id);
  if (read.outcome === "not-found") notFound();
  if (read.outcome === "failed") return <MonitorLoadProblem id={id} failure={read.failure} />;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ViewOnlyArea>
        <EditMonitor id={id} />
      </ViewOnlyArea>
    </HydrationBoundary>
  );
}
