import { DownloadIcon } from "lucide-react";
import { type Metadata } from "next";
import { redirect } from "next/navigation";
import { ActivityFilters } from "@/components/history/activity-filters";
import { BulkActionSummary } from "@/components/history/bulk-action-summary";
import { ActivityList } from "@/components/history/activity-list";
import { HistoryUnavailable } from "@/components/history/history-unavailable";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { currentSession } from "@/lib/auth/session";
import { activityExportHref, activityHref, parseActivityView } from "@/lib/history/activity-view";
import { readActivity, readActivityChoices } from "@/lib/history/read-history";
import { signInPath } from "@/lib/safe-return-url";

export const metadata: Metadata = { title: "Activity" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `/activity`: every change made through the console, filtered by what the address says. */
export default async function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const view = parseActivityView({
    get: (name) => {
      const value = raw[name];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
  });
  const session = await currentSession();
  if (!session) redirect(signInPath(activityHref(view)));

  const read = await Promise.all([readActivity(view), readActivityChoices()]).catch((error: unknown) => {
    if (error instanceof RequestRejected) return error;
    throw error;
  });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Activity"
        description="Every change made through this console: who made it, to which monitor, when, and what came of it."
        action={
          <Button asChild variant="outline">
            <a href={activityExportHref(view)} download>
              <DownloadIcon aria-hidden />
              Export CSV
            </a>
          </Button>
        }
      />
      {read instanceof RequestRejected ? (
        <HistoryUnavailable message={read.message} />
      ) : (
        <>
          {view.bulk !== "" ? <BulkActionSummary id={view.bulk} /> : null}
          <ActivityFilters view={view} people={read[1].people} monitors={read[1].monitors} />
          <ActivityList view={view} page={read[0]} />
        </>
      )}
    </div>
  );
}
