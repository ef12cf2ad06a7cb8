"use client";

import { CircleCheckIcon, CircleXIcon, ExternalLinkIcon, FlaskConicalIcon, LoaderCircleIcon } from "lucide-react";
import { type ReactNode, useEffect, useEffectEvent, useRef } from "react";
import { alertMessagesFromLines, type AlertMessage } from "@/components/form/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TEST_POLL_LIMIT_MS } from "@/lib/monitors/queries";
import { plural } from "@/lib/plural";
import { StatusCode } from "./status-code";
import { type TestRun, useTestRun } from "./use-test-run";

const LIMIT_MINUTES = Math.round(TEST_POLL_LIMIT_MS / 60_000);

function Messages({ error }: { error: Error }) {
  const messages: AlertMessage[] = alertMessagesFromLines(error.message.split("\n"));
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {messages.map((message, index) => (
        <li key={index}>
          {message.text}
          {message.alertSite === undefined ? null : (
            <span className="block opacity-90">AlertSite said: {message.alertSite}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function ResultLink({ href }: { href: string | null }) {
  if (!href) return null;
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer noopener"
      className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
    >
      Open the result on AlertSite
      <ExternalLinkIcon aria-hidden className="size-3.5" />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}

function Outcome({
  tone,
  icon,
  title,
  children,
}: {
  tone: "ok" | "bad" | "info";
  icon: ReactNode;
  title: string;
  children?: ReactNode;
}) {
  const colours =
    tone === "ok"
      ? "border-success/40 bg-success/10"
      : tone === "bad"
        ? "border-destructive/40 bg-destructive/10"
        : "border-border bg-muted/50";
  return (
    <div className={`space-y-3 rounded-lg border p-4 ${colours}`}>
      <p className="flex items-center gap-2 font-semibold">
        {icon}
        {title}
      </p>
      {children}
    </div>
  );
}

/** What the test is doing, in the live region's words: said once per change, not once a second. */
function announcement(state: TestRun): string {
  switch (state.phase) {
    case "idle":
      return "";
    case "starting":
      return "Starting a test…";
    case "start-failed":
      return "The test did not start.";
    case "running":
      return "Test started. Running…";
    case "ended":
      return state.progress.phase === "passed"
        ? "Test passed."
        : state.progress.phase === "failed"
          ? "Test failed."
          : "AlertSite no longer knows this test.";
    case "gave-up":
      return "Stopped waiting for the test's result.";
  }
}

function Progress({ state }: { state: TestRun }) {
  switch (state.phase) {
    case "idle":
    case "starting":
      return null;
    case "start-failed":
      return (
        <div role="alert" className="rounded-lg border border-destructive/40 bg-destructive/10 p-4">
          <p className="font-semibold">The test did not start</p>
          <Messages error={state.error} />
        </div>
      );
    case "running":
      return (
        <Outcome
          tone="info"
          icon={<LoaderCircleIcon aria-hidden className="size-5 animate-spin text-muted-foreground" />}
          title={`Test running for ${plural(state.seconds, "second", "seconds")}`}
        >
          <p className="text-sm text-muted-foreground">
            {state.progress?.progressDescription ? `AlertSite says: ${state.progress.progressDescription}. ` : ""}A
            round trip can take up to the monitor&apos;s time limit. You can leave this page; the test goes on.
          </p>
          {state.pollError ? (
            <p className="text-sm whitespace-pre-line">
              Could not get the test&apos;s progress just now; still asking. {state.pollError.message}
            </p>
          ) : null}
          <ResultLink href={state.progress?.resultUrl ?? state.run.resultUrl} />
        </Outcome>
      );
    case "ended": {
      const { progress, run } = state;
      const resultUrl = progress.resultUrl ?? run.resultUrl;
      if (progress.phase === "not-found")
        return (
          <Outcome
            tone="info"
            icon={<CircleXIcon aria-hidden className="size-5" />}
            title="AlertSite no longer knows this test"
          >
            <p className="text-sm">It may have been cleared on AlertSite&apos;s side. Start another test.</p>
            <ResultLink href={resultUrl} />
          </Outcome>
        );
      const hasPassed = progress.phase === "passed";
      const title = hasPassed
        ? "Test passed"
        : `Test failed${progress.explanation ? `: ${progress.explanation.reason}` : ""}`;
      return (
        <Outcome
          tone={hasPassed ? "ok" : "bad"}
          icon={
            hasPassed ? (
              <CircleCheckIcon aria-hidden className="size-5 text-success" />
            ) : (
              <CircleXIcon aria-hidden className="size-5 text-destructive" />
            )
          }
          title={title}
        >
          <StatusCode
            code={progress.code}
            description={progress.description}
            explanation={progress.explanation}
            showFix={!hasPassed}
          />
          <ResultLink href={resultUrl} />
        </Outcome>
      );
    }
    case "gave-up":
      return (
        <div role="alert" className="space-y-2 rounded-lg border border-warning/40 bg-warning/10 p-4">
          <p className="font-semibold">
            {state.error
              ? "Stopped waiting for the result"
              : `No result after ${plural(LIMIT_MINUTES, "minute", "minutes")}`}
          </p>
          {state.error ? (
            <Messages error={state.error} />
          ) : (
            <p className="text-sm">
              The console stopped asking. The test may still finish on AlertSite; its result will show in the
              monitor&apos;s status. Start another test to try again.
            </p>
          )}
          <ResultLink href={state.run.resultUrl} />
        </div>
      );
  }
}

type TestNowProps = {
  id: string;
  /** Start a test as soon as the page is there (the edit page's "Test now" after a save). */
  autoStart?: boolean;
  onAutoStarted?: () => void;
};

/**
 * Test now: runs the monitor once, on demand, and shows the progress as it comes in. The button
 * stays disabled while a test starts or runs, so one click is one test.
 */
export function TestNow({ id, autoStart = false, onAutoStarted }: TestNowProps) {
  const { state, start, canStart } = useTestRun(id);
  const hasAutoStarted = useRef(false);
  const startOnArrival = useEffectEvent(() => {
    start();
    onAutoStarted?.();
  });
  useEffect(() => {
    if (!autoStart || hasAutoStarted.current) return;
    hasAutoStarted.current = true;
    startOnArrival();
  }, [autoStart]);
  const hasRun = state.phase !== "idle" && state.phase !== "starting";
  return (
    <Card role="region" aria-labelledby="test-now-heading">
      <CardHeader>
        <CardTitle>
          <h2 id="test-now-heading">Test now</h2>
        </CardTitle>
        <CardDescription>
          Runs the round trip once, now, from the monitor&apos;s main location, and shows the result as it comes in.
        </CardDescription>
        <CardAction>
          <Button
            variant={hasRun ? "outline" : "default"}
            disabled={!canStart}
            aria-busy={!canStart || undefined}
            onClick={start}
          >
            {canStart ? <FlaskConicalIcon aria-hidden /> : <LoaderCircleIcon aria-hidden className="animate-spin" />}
            {state.phase === "starting"
              ? "Starting…"
              : state.phase === "running"
                ? "Testing…"
                : hasRun
                  ? "Test again"
                  : "Test now"}
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="space-y-3">
        <p role="status" className="sr-only">
          {announcement(state)}
        </p>
        <Progress state={state} />
      </CardContent>
    </Card>
  );
}
