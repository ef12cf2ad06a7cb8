"use client";

import { CircleAlertIcon, CircleSlashIcon, PencilLineIcon } from "lucide-react";
import Link from "next/link";
import { type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { type PreviewCounts, type PreviewItem } from "@/lib/bulk/preview";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { plural } from "@/lib/plural";

type BulkPreviewProps = {
  items: readonly PreviewItem[];
  counts: PreviewCounts;
  excluded: ReadonlySet<string>;
  onInclude: (monitorId: string, isIncluded: boolean) => void;
};

/** Every selected monitor and what will happen to it: its changes, why it is skipped, or what to fix. */
export function BulkPreview({ items, counts, excluded, onInclude }: BulkPreviewProps) {
  const problems = items.filter((item) => item.outcome === "problem");
  const changes = items.filter((item) => item.outcome === "change");
  const skipped = items.filter((item) => item.outcome === "skip");
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted-foreground">
        {plural(counts.change, "monitor changes", "monitors change")}
        {counts.skip > 0 ? `, ${counts.skip.toLocaleString("en")} skipped (nothing would change)` : ""}
        {counts.problem > 0 ? `, ${counts.problem.toLocaleString("en")} need a fix and are left out` : ""}.
      </p>
      {problems.length > 0 ? (
        <PreviewSection
          id="preview-problems"
          title={`Left out: the change breaks a rule (${problems.length.toLocaleString("en")})`}
          description="Change the values so they fit these monitors too, or leave them out: they are not sent."
        >
          {problems.map((item) => (
            <PreviewRow key={item.monitorId} item={item} icon={<CircleAlertIcon className="text-destructive" />}>
              <ul className="space-y-0.5 text-sm text-destructive">
                {item.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </PreviewRow>
          ))}
        </PreviewSection>
      ) : null}
      {changes.length > 0 ? (
        <PreviewSection
          id="preview-changes"
          title={`Will change (${changes.length.toLocaleString("en")})`}
          description="Untick a monitor to leave it out."
        >
          {changes.map((item) => (
            <PreviewRow
              key={item.monitorId}
              item={item}
              icon={<PencilLineIcon className="text-primary" />}
              include={
                <Checkbox
                  aria-label={`Include ${item.monitorName}`}
                  checked={!excluded.has(item.monitorId)}
                  onCheckedChange={(checked) => onInclude(item.monitorId, checked === true)}
                  className="mt-0.5 size-5"
                />
              }
            >
              <ul className="space-y-0.5 text-sm break-words text-muted-foreground">
                {item.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </PreviewRow>
          ))}
        </PreviewSection>
      ) : null}
      {skipped.length > 0 ? (
        <PreviewSection
          id="preview-skipped"
          title={`Skipped (${skipped.length.toLocaleString("en")})`}
          description="Nothing would change for these monitors, so nothing is sent."
        >
          {skipped.map((item) => (
            <PreviewRow key={item.monitorId} item={item} icon={<CircleSlashIcon className="text-muted-foreground" />}>
              <p className="text-sm text-muted-foreground">{item.reason}</p>
            </PreviewRow>
          ))}
        </PreviewSection>
      ) : null}
    </div>
  );
}

function PreviewSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div>
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      <ul className="divide-y rounded-xl border bg-card text-card-foreground shadow-xs">{children}</ul>
    </section>
  );
}

function PreviewRow({
  item,
  icon,
  include,
  children,
}: {
  item: PreviewItem;
  icon: ReactNode;
  include?: ReactNode;
  children: ReactNode;
}) {
  return (
    <li className="flex gap-3 px-4 py-3">
      {include ?? (
        <span aria-hidden className="mt-0.5 size-5 shrink-0 [&>svg]:size-5">
          {icon}
        </span>
      )}
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-medium break-words">
          <Link href={monitorHref(item.monitorId)} prefetch={false} className="underline-offset-4 hover:underline">
            {item.monitorName}
          </Link>
          <span className="ml-2 text-xs font-normal text-muted-foreground tabular-nums">ID {item.monitorId}</span>
        </p>
        {children}
      </div>
    </li>
  );
}
