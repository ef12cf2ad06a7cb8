import { ChevronRightIcon, ChevronsLeftIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { type ActivityView, activityHref, isFiltered } from "@/lib/history/activity-view";
import { type ActivityPage } from "@/lib/history/read-history";
import { plural } from "@/lib/plural";
import { HistoryEntryItem } from "./history-entry-item";

/** One page of the activity, with how many entries match and the way to older ones. */
export function ActivityList({ view, page }: { view: ActivityView; page: ActivityPage }) {
  const isFirstPage = view.cursor === "";
  const count = plural(page.total, "change", "changes");
  return (
    <section aria-labelledby="activity-count" className="space-y-4">
      <h2 id="activity-count" className="text-sm font-medium text-muted-foreground">
        {isFiltered(view) ? `${count} match these filters` : `${count} recorded`}
        {isFirstPage ? "" : " · older entries"}
      </h2>
      {page.entries.length === 0 ? (
        <p className="rounded-xl border bg-card p-6 text-sm text-muted-foreground">
          {isFiltered(view)
            ? "No change matches these filters. Clear a filter to see more."
            : "No changes recorded yet. Every create, edit, pause, resume, delete and test made through this console appears here."}
        </p>
      ) : (
        <ol aria-label="Changes, newest first" className="divide-y rounded-xl border bg-card px-4 py-4 sm:px-6">
          {page.entries.map((entry) => (
            <HistoryEntryItem key={entry.id} entry={entry} showMonitor />
          ))}
        </ol>
      )}
      {!isFirstPage || page.nextCursor ? (
        <nav aria-label="Pages of activity" className="flex flex-wrap items-center justify-end gap-2">
          {isFirstPage ? null : (
            <Button asChild variant="outline" size="sm">
              <Link href={activityHref({ ...view, cursor: "" })}>
                <ChevronsLeftIcon aria-hidden />
                Newest
              </Link>
            </Button>
          )}
          {page.nextCursor ? (
            <Button asChild variant="outline" size="sm">
              <Link href={activityHref({ ...view, cursor: page.nextCursor })}>
                Older
                <ChevronRightIcon aria-hidden />
              </Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
