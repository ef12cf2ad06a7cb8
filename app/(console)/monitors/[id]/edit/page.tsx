import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EditMonitor } from "@/components/monitors/edit/edit-monitor";
import { MonitorLoadProblem } from "@/components/monitors/edit/monitor-load-problem";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";
import { currentSession } from "@/lib/auth/session";
import { undoHref } from "@/lib/history/activity-view";
import { readUndoRequest } from "@/lib/history/undo-request";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { prefetchMonitor } from "@/lib/monitors/prefetch-monitor";
import { getQueryClient } from "@/lib/query-client";
import { signInPath } from "@/lib/safe-return-url";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: isMonitorId(id) ? `Edit monitor ${id}` : "Monitor not found" };
}

/** `/monitors/{id}/edit`; with `?undo={entryId}`, the form starts with that history entry's change put back. */
export default async function EditMonitorPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const { undo: undoParam } = await searchParams;
  const undoEntryId = Array.isArray(undoParam) ? undoParam[0] : undoParam;
  // A malformed id never reaches AlertSite.
  if (!isMonitorId(id)) notFound();
  const session = await currentSession();
  if (!session) redirect(signInPath(undoEntryId ? undoHref(id, undoEntryId) : `/monitors/${id}/edit`));

  const queryClient = getQueryClient();
  const [read, undo] = await Promise.all([
    prefetchMonitor(queryClient, session.alertSiteToken, id),
    readUndoRequest(id, undoEntryId),
  ]);
  if (read.outcome === "not-found") notFound();
  if (read.outcome === "failed") return <MonitorLoadProblem id={id} failure={read.failure} />;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ViewOnlyArea>
        <EditMonitor id={id} undo={undo} />
      </ViewOnlyArea>
    </HydrationBoundary>
  );
}
