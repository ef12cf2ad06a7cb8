"use client";

import { useQuery } from "@tanstack/react-query";
import { LayersIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { bulkActionQuery } from "@/lib/bulk/api-client";
import { bulkActionHref } from "@/lib/bulk/bulk-links";
import { KIND_TITLES, runningCount, stateSentence } from "@/lib/bulk/progress-words";
import { activityHref, EMPTY_ACTIVITY_VIEW } from "@/lib/history/activity-view";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** Above /activity?bulk={id}: the action its items belong to (kind, when, who, counts). */
export function BulkActionSummary({ id }: { id: string }) {
  const { data: action, error } = useQuery(bulkActionQuery(id));
  return (
    <section
      aria-label="Bulk action"
      className="flex flex-col gap-3 rounded-xl border bg-card p-4 text-card-foreground shadow-xs sm:flex-row sm:items-start sm:justify-between"
    >
      <div className="flex min-w-0 gap-3">
        <LayersIcon aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
        <div className="min-w-0 space-y-1">
          <h2 className="font-semibold">
            {action ? `Bulk action: ${KIND_TITLES[action.kind]}` : "The items of one bulk action"}
          </h2>
          {action ? (
            <>
              <p className="text-sm text-muted-foreground">
                Started by {action.actor} on{" "}
                <time dateTime={action.startedAt}>{dateFormat.format(new Date(action.startedAt))}</time>
              </p>
              <p className="text-sm">
                {runningCount(action.counts)}. {stateSentence(action)}
              </p>
            </>
          ) : (
            <p className="text-sm text-muted-foreground">
              {error ? "The action itself could not be read; its items are listed below." : "Loading the action…"}
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button asChild variant="outline" size="sm">
          <Link href={bulkActionHref(id)}>Open the action</Link>
        </Button>
        <Button asChild variant="ghost" size="sm">
          <Link href={activityHref(EMPTY_ACTIVITY_VIEW)}>All activity</Link>
        </Button>
      </div>
    </section>
  );
}
