"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { historyKeys } from "@/lib/history/queries";
import { startTest } from "@/lib/monitors/api-client";
import { type StartedTest, type TestProgress } from "@/lib/monitors/health";
import { monitorKeys, TEST_POLL_INTERVAL_MS, TEST_POLL_LIMIT_MS, testProgressQuery } from "@/lib/monitors/queries";

type StartedRun = StartedTest & { startedAt: number };

export type TestRun =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "start-failed"; error: Error }
  | { phase: "running"; run: StartedRun; seconds: number; progress: TestProgress | undefined; pollError: Error | null }
  | { phase: "ended"; run: StartedRun; progress: TestProgress }
  /** Polling stopped without a result: the limit passed, or the console answered that it never will. */
  | { phase: "gave-up"; run: StartedRun; seconds: number; error: Error | null };

/** Answers after which asking again cannot help: signed out, not allowed, test or monitor gone. */
function isFinal(error: Error | null): boolean {
  return error instanceof ConsoleApiError && [401, 403, 404].includes(error.status);
}

/** Seconds since `since`, ticking once a second while `isTicking`. */
function useSecondsSince(since: number | null, isTicking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [isTicking]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/**
 * One on-demand test of monitor `id`: start it, poll its progress every couple of seconds until it
 * ends, and give up after TEST_POLL_LIMIT_MS. Leaving the page stops the polling (the query has no
 * observer left). `start` does nothing while a test is starting or running.
 */
export function useTestRun(id: string): { state: TestRun; start: () => void; canStart: boolean } {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<StartedRun | null>(null);
  const isStartingRef = useRef(false);

  const starter = useMutation({
    mutationFn: () => startTest(id),
    onSuccess: (started) => {
      setRun({ ...started, startedAt: Date.now() });
      void queryClient.invalidateQueries({ queryKey: historyKeys.monitor(id) });
    },
    onSettled: () => {
      isStartingRef.current = false;
    },
  });

  const [hasTimedOut, setHasTimedOut] = useState(false);
  const progressOptions = testProgressQuery(id, run?.testId ?? "none");
  const progress = useQuery({
    ...progressOptions,
    enabled: run !== null && !hasTimedOut,
    // Also while no answer has come yet, or after a failed poll: a hiccup does not end the watch.
    refetchInterval: (query) => {
      if (isFinal(query.state.error)) return false;
      const phase = query.state.data?.phase;
      return phase === undefined || phase === "running" ? TEST_POLL_INTERVAL_MS : false;
    },
  });

  const phase = progress.data?.phase;
  const hasEnded = phase !== undefined && phase !== "running";
  const isWatching = run !== null && !hasEnded && !hasTimedOut && !isFinal(progress.error);
  const seconds = useSecondsSince(run?.startedAt ?? null, isWatching);

  useEffect(() => {
    if (!isWatching || run === null) return;
    const left = run.startedAt + TEST_POLL_LIMIT_MS - Date.now();
    const timer = setTimeout(() => setHasTimedOut(true), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [isWatching, run]);

  // A finished test may have changed what AlertSite reports for the monitor; its result is now in its history entry.
  useEffect(() => {
    if (!hasEnded) return;
    void queryClient.invalidateQueries({ queryKey: monitorKeys.page(id) });
    void queryClient.invalidateQueries({ queryKey: historyKeys.monitor(id) });
    void queryClient.invalidateQueries({ queryKey: monitorKeys.list() });
  }, [hasEnded, id, queryClient]);

  const canStart = !starter.isPending && !isWatching;

  function start(): void {
    if (!canStart || isStartingRef.current) return;
    isStartingRef.current = true;
    setHasTimedOut(false);
    setRun(null);
    starter.mutate();
  }

  let state: TestRun;
  if (starter.isPending) state = { phase: "starting" };
  else if (starter.error) state = { phase: "start-failed", error: starter.error };
  else if (run === null) state = { phase: "idle" };
  else if (hasEnded && progress.data) state = { phase: "ended", run, progress: progress.data };
  else if (!isWatching)
    state = { phase: "gave-up", run, seconds, error: isFinal(progress.error) ? progress.error : null };
  else state = { phase: "running", run, seconds, progress: progress.data, pollError: progress.error };
  return { state, start, canStart };
}
