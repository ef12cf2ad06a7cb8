"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeftIcon, HistoryIcon, LoaderCircleIcon, RotateCwIcon, SquareIcon } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { errorLines } from "@/lib/api/envelope";
import { bulkActionKeys, bulkActionQuery, cancelBulkAction, isSettled, retryFailedItems } from "@/lib/bulk/api-client";
import { bulkActivityHref } from "@/lib/bulk/bulk-links";
import { type BulkActionView } from "@/lib/bulk/contract";
import { KIND_TITLES, runningCount, settledItems, stateSentence, totalItems } from "@/lib/bulk/progress-words";
import { monitorKeys } from "@/lib/monitors/queries";
import { plural } from "@/lib/plural";
import { BulkItemRow } from "./bulk-item-row";

function problemLines(error: Error): string[] {
  return error instanceof ConsoleApiError ? error.errors.flatMap(errorLines) : [error.message];
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** A bulk action's live progress, then its summary: read every second until it has settled. */
export function BulkActionProgress({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const query = useQuery(bulkActionQuery(id));
  const action = query.data;
  const isDone = action ? isSettled(action) : false;

  // Once settled the list is stale: paused, changed or deleted monitors.
  useEffect(() => {
    if (isDone) void queryClient.invalidateQueries({ queryKey: monitorKeys.all });
  }, [isDone, queryClient]);

  if (query.error && !action) {
    const isMissing = query.error instanceof ConsoleApiError && query.error.status === 404;
    return (
      <Alert variant="destructive" role="alert">
        <AlertTitle>{isMissing ? "This bulk action does not exist" : "The bulk action could not be loaded"}</AlertTitle>
        <AlertDescription>
          {problemLines(query.error).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </AlertDescription>
      </Alert>
    );
  }
  if (!action) {
    return (
      <p role="status" className="text-muted-foreground">
        Loading the bulk action…
      </p>
    );
  }
  return <ActionView action={action} />;
}

function ActionView({ action }: { action: BulkActionView }) {
  const queryClient = useQueryClient();
  const [retryKey, setRetryKey] = useState(() => crypto.randomUUID());
  const setAction = (view: BulkActionView) => queryClient.setQueryData(bulkActionKeys.detail(action.id), view);
  const cancel = useMutation({ mutationFn: () => cancelBulkAction(action.id), onSuccess: setAction });
  const retry = useMutation({
    mutationFn: () => retryFailedItems(action.id, retryKey),
    onSuccess: (view) => {
      setAction(view);
      // The next Retry is a new request; this one's key answers this one again.
      setRetryKey(crypto.randomUUID());
    },
  });
  const total = totalItems(action.counts);
  const settled = settledItems(action.counts);
  const isRunning = action.state === "running";
  const failed = action.counts.failed ?? 0;
  const problem = cancel.error ?? retry.error;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link
          href="/monitors"
          className="inline-flex items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:underline"
        >
          <ArrowLeftIcon aria-hidden className="size-4" />
          Back to the monitors
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{KIND_TITLES[action.kind]}</h1>
        <p className="text-sm text-muted-foreground">
          Started by {action.actor} on{" "}
          <time dateTime={action.startedAt}>{dateFormat.format(new Date(action.startedAt))}</time>
          {action.finishedAt ? (
            <>
              {", ended "}
              <time dateTime={action.finishedAt}>{dateFormat.format(new Date(action.finishedAt))}</time>
            </>
          ) : null}
          . {plural(total, "monitor", "monitors")}.
        </p>
      </div>

      <section aria-label="Progress" className="space-y-3 rounded-xl border bg-card p-4 text-card-foreground shadow-xs">
        <div role="status" className="space-y-1">
          <p className="text-lg font-semibold tabular-nums">{runningCount(action.counts)}</p>
          <p className="text-sm text-muted-foreground">{stateSentence(action)}</p>
        </div>
        <div
          role="progressbar"
          aria-label="Monitors settled"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={settled}
          className="h-2 overflow-hidden rounded-full bg-muted"
        >
          <div
            className="h-full bg-primary transition-[width]"
            style={{ width: `${total === 0 ? 100 : (settled / total) * 100}%` }}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          {isRunning ? (
            <Button variant="outline" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
              {cancel.isPending ? (
                <LoaderCircleIcon aria-hidden className="animate-spin" />
              ) : (
                <SquareIcon aria-hidden />
              )}
              Cancel
            </Button>
          ) : null}
          {isSettled(action) && failed > 0 ? (
            <Button disabled={retry.isPending} onClick={() => retry.mutate()}>
              {retry.isPending ? (
                <LoaderCircleIcon aria-hidden className="animate-spin" />
              ) : (
                <RotateCwIcon aria-hidden />
              )}
              Retry the failed ones ({failed.toLocaleString("en")})
            </Button>
          ) : null}
          <Button asChild variant="ghost">
            <Link href={bulkActivityHref(action.id)}>
              <HistoryIcon aria-hidden />
              In the activity
            </Link>
          </Button>
        </div>
        {problem ? (
          <Alert variant="destructive" role="alert">
            <AlertTitle>
              {cancel.error ? "Cancel did not reach the console" : "The failed ones were not sent again"}
            </AlertTitle>
            <AlertDescription>
              {problemLines(problem).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </AlertDescription>
          </Alert>
        ) : null}
      </section>

      <section aria-labelledby="bulk-items-heading" className="space-y-2">
        <h2 id="bulk-items-heading" className="text-base font-semibold">
          Each monitor
        </h2>
        <ul className="divide-y rounded-xl border bg-card text-card-foreground shadow-xs">
          {action.items.map((item) => (
            <BulkItemRow key={item.index} item={item} />
          ))}
        </ul>
      </section>
    </div>
  );
}
