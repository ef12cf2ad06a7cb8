"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { CircleAlertIcon, RotateCwIcon } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { errorLines } from "@/lib/api/envelope";
import { activityHref, EMPTY_ACTIVITY_VIEW } from "@/lib/history/activity-view";
import { monitorHistoryQuery } from "@/lib/history/queries";
import { HistoryEntryItem } from "./history-entry-item";

function messagesOf(error: Error): string[] {
  if (error instanceof ConsoleApiError) return error.errors.flatMap(errorLines);
  return [error.message || "The history could not be loaded."];
}

/** The monitor page's History: every change made to it through the console, newest first. */
export function MonitorHistory({ id }: { id: string }) {
  const query = useInfiniteQuery(monitorHistoryQuery(id));
  const entries = useMemo(() => query.data?.pages.flatMap((page) => page.entries) ?? [], [query.data]);
  const errorMessages = useMemo(() => (query.error ? messagesOf(query.error) : []), [query.error]);

  return (
    <Card role="region" aria-labelledby="history-heading">
      <CardHeader>
        <CardTitle>
          <h2 id="history-heading">History</h2>
        </CardTitle>
        <CardDescription>Every change made to this monitor through this console, newest first.</CardDescription>
        <CardAction>
          <Button asChild variant="ghost" size="sm">
            <Link href={activityHref({ ...EMPTY_ACTIVITY_VIEW, monitor: id })}>All activity</Link>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="space-y-4">
        {query.isError && entries.length === 0 ? (
          // Not FormAlert: it would take focus from wherever the reader is on this page.
          <Alert role="alert" variant="destructive">
            <CircleAlertIcon aria-hidden />
            <AlertTitle>The history could not be loaded</AlertTitle>
            <AlertDescription>
              {errorMessages.map((message) => (
                <p key={message}>{message}</p>
              ))}
              <Button
                variant="outline"
                className="mt-2"
                onClick={() => void query.refetch()}
                disabled={query.isFetching}
              >
                <RotateCwIcon
                  aria-hidden
                  className={query.isFetching ? "animate-spin motion-reduce:animate-none" : undefined}
                />
                {query.isFetching ? "Retrying…" : "Retry"}
              </Button>
            </AlertDescription>
          </Alert>
        ) : query.isPending ? (
          <div role="status" aria-label="Loading the history…" className="space-y-3">
            <Skeleton className="h-5 w-3/4" />
            <Skeleton className="h-5 w-1/2" />
          </div>
        ) : entries.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No changes recorded yet. Changes made here (edits, pauses, tests) will be listed with who made them.
          </p>
        ) : (
          <ol aria-label="Changes, newest first" className="divide-y">
            {entries.map((entry) => (
              <HistoryEntryItem key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
        {query.isFetchNextPageError ? (
          <p role="alert" className="text-sm text-destructive">
            {errorMessages[0] ?? "The next page could not be loaded."}
          </p>
        ) : null}
        {query.hasNextPage ? (
          <Button
            variant="outline"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
            className="w-full sm:w-auto"
          >
            {query.isFetchingNextPage ? "Loading…" : "Show more"}
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
}
