import { bulkActionHref, bulkActivityHref } from "@/lib/bulk/bulk-links";
import { ChevronLeftIcon } from "lucide-react";
import Link from "next/link";
import { type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { activityHref, EMPTY_ACTIVITY_VIEW } from "@/lib/history/activity-view";
import { actionSentence, ACTION_LABELS, OUTCOME_EXPLANATIONS } from "@/lib/history/describe-entry";
import { type FieldChange, type HistoryEntry } from "@/lib/history/entry";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { ExactTime } from "./entry-time";
import { OutcomeBadge } from "./outcome-badge";
import { UndoLink } from "./undo-link";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 px-3 py-2 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function ChangeRow({ change }: { change: FieldChange }) {
  if (change.secret) {
    return (
      <Row label={change.label}>
        Changed. <span className="text-muted-foreground">The console never keeps passwords, old or new.</span>
      </Row>
    );
  }
  return (
    <Row label={change.label}>
      {change.before === null ? null : (
        <span className={change.after === null ? undefined : "text-muted-foreground line-through"}>
          {change.before.text || "nothing"}
        </span>
      )}
      {change.before !== null && change.after !== null ? (
        <>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> changed to </span>
        </>
      ) : null}
      {change.after === null ? null : <span className="font-medium">{change.after.text || "nothing"}</span>}
    </Row>
  );
}

/** One entry whole, on its own stable page. */
export function EntryDetails({ entry }: { entry: HistoryEntry }) {
  const changesTitle =
    entry.action === "create" ? "What it was created with" : entry.action === "delete" ? "What it had" : "What changed";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-3">
        <Link
          href={activityHref(EMPTY_ACTIVITY_VIEW)}
          className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ChevronLeftIcon aria-hidden className="size-4" />
          All activity
        </Link>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words">
            {entry.actor} {actionSentence(entry)}
          </h1>
          <OutcomeBadge outcome={entry.outcome} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {entry.monitorId ? (
            <Button asChild variant="outline">
              <Link href={monitorHref(entry.monitorId)}>Open the monitor</Link>
            </Button>
          ) : null}
          <UndoLink entry={entry} size="default" />
        </div>
      </header>
      <Card role="region" aria-labelledby="entry-heading">
        <CardHeader>
          <CardTitle>
            <h2 id="entry-heading">The change</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="divide-y rounded-lg border text-sm">
            <Row label="When">
              <ExactTime iso={entry.at} />
            </Row>
            <Row label="Person">{entry.actor}</Row>
            <Row label="Monitor">
              {entry.monitorId ? (
                <Link href={monitorHref(entry.monitorId)} className="underline-offset-4 hover:underline">
                  {entry.monitorName} <span className="tabular-nums">(ID {entry.monitorId})</span>
                </Link>
              ) : (
                `${entry.monitorName} (no ID: AlertSite never made it)`
              )}
            </Row>
            <Row label="Action">
              {ACTION_LABELS[entry.action]}
              {entry.bulkActionId ? (
                <span className="mt-1 block">
                  One item of a{" "}
                  <Link
                    href={bulkActionHref(entry.bulkActionId)}
                    className="text-primary underline-offset-4 hover:underline"
                  >
                    bulk action
                  </Link>{" "}
                  (
                  <Link
                    href={bulkActivityHref(entry.bulkActionId)}
                    className="text-primary underline-offset-4 hover:underline"
                  >
                    all its items
                  </Link>
                  )
                </span>
              ) : null}
            </Row>
            <Row label="Outcome">
              {OUTCOME_EXPLANATIONS[entry.outcome]}
              {entry.message ? (
                <span className="mt-1 block">
                  {entry.outcome === "refused" ? "AlertSite said: " : ""}
                  {entry.message}
                </span>
              ) : null}
              {entry.answerLost ? (
                <span className="mt-1 block text-muted-foreground">
                  AlertSite&apos;s first answer was lost; the console then checked what happened.
                </span>
              ) : null}
            </Row>
            <Row label="Entry ID">
              <span className="font-mono text-xs">{entry.id}</span>
            </Row>
          </dl>
        </CardContent>
      </Card>
      {entry.changes.length > 0 ? (
        <Card role="region" aria-labelledby="changes-heading">
          <CardHeader>
            <CardTitle>
              <h2 id="changes-heading">{changesTitle}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="divide-y rounded-lg border text-sm">
              {entry.changes.map((change) => (
                <ChangeRow key={change.field} change={change} />
              ))}
            </dl>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
