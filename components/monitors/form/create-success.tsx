"use client";

import { CircleCheckIcon } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { formatFieldValue, type ValueLookup } from "@/lib/monitors/fields";
import { plural } from "@/lib/plural";

type CreateSuccessProps = {
  id: string;
  body: MonitorCreateBody;
  lookup: ValueLookup;
  onCreateAnother: () => void;
};

function firstCheck(interval: number | undefined): string {
  return interval === undefined
    ? "Its first check runs within your account's default interval."
    : `Its first check runs within ${plural(interval, "minute", "minutes")}.`;
}

/** What was created, when it first runs, and where to go next: shown instead of the form. */
export function CreateSuccess({ id, body, lookup, onCreateAnother }: CreateSuccessProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  const summary = [
    { term: "Name", detail: body.name },
    { term: "Test mailbox", detail: body.email },
    { term: "Outgoing server", detail: body.smtp_hostname },
    { term: "Incoming server", detail: body.pop3_hostname },
    { term: "Runs every", detail: formatFieldValue("interval", body.interval) },
    { term: "Locations", detail: formatFieldValue("locations", body.locations, lookup) },
  ];

  return (
    <section aria-labelledby="created-heading" className="mx-auto max-w-2xl space-y-6">
      <div className="flex items-start gap-3">
        <CircleCheckIcon aria-hidden className="mt-1 size-7 shrink-0 text-success" />
        <div>
          <h1 id="created-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight">
            Monitor created
          </h1>
          <p className="mt-1 text-muted-foreground">
            AlertSite created <strong className="text-foreground">{body.name}</strong>. {firstCheck(body.interval)}
          </p>
        </div>
      </div>

      <div className="rounded-xl border bg-card p-5 text-card-foreground shadow-xs sm:p-6">
        <p className="text-sm font-medium text-muted-foreground">Monitor ID</p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <output aria-label="New monitor ID" className="font-mono text-3xl font-bold tracking-tight">
            {id}
          </output>
          <Button type="button" variant="outline" size="sm" onClick={() => void copy()}>
            Copy ID
          </Button>
          <span role="status" className="text-sm text-muted-foreground">
            {copyState === "copied"
              ? "Copied to the clipboard."
              : copyState === "failed"
                ? "Could not copy: select the ID and copy it."
                : ""}
          </span>
        </div>
        <dl className="mt-5 grid gap-x-6 gap-y-3 border-t pt-5 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
          {summary.map((row) => (
            <div key={row.term} className="contents">
              <dt className="text-muted-foreground">{row.term}</dt>
              <dd className="min-w-0 font-medium break-words">{row.detail}</dd>
            </div>
          ))}
        </dl>
      </div>

      <div>
        <h2 className="text-sm font-semibold">Next</h2>
        <div className="mt-3 flex flex-wrap gap-3">
          <Button asChild>
            <Link href={`/monitors/${id}/edit`}>Edit this monitor</Link>
          </Button>
          <Button type="button" variant="outline" onClick={onCreateAnother}>
            Create another monitor
          </Button>
          <Button asChild variant="ghost">
            <Link href="/monitors">Back to all monitors</Link>
          </Button>
        </div>
      </div>
    </section>
  );
}
