"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeftIcon, PencilIcon } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { type BulkChange } from "@/lib/bulk/bulk-change";
import { parseBulkPageKind } from "@/lib/bulk/bulk-links";
import { type BulkRequest, includedItems, previewCounts, previewItems } from "@/lib/bulk/preview";
import { choicesFromMonitors } from "@/lib/monitors/choices";
import { monitorListQuery } from "@/lib/monitors/queries";
import { isRoundTripMonitor, type UpstreamMonitor } from "@/lib/monitors/upstream";
import { plural } from "@/lib/plural";
import { ListError } from "../list/list-error";
import { ListSkeleton } from "../list/list-skeleton";
import { HiddenWhenViewOnly } from "../view-only/view-only-context";
import { BulkChangeForm } from "./bulk-change-form";
import { BulkPreview } from "./bulk-preview";
import { StartBulkAction } from "./start-bulk-action";
import { useMonitorSelection } from "./use-monitor-selection";

const TITLES: Readonly<Record<BulkRequest["kind"], string>> = {
  pause: "Pause monitors",
  resume: "Resume monitors",
  delete: "Delete monitors",
  edit: "Change fields on monitors",
};

/** The selected monitors, what the action does to each, and Start. "Change fields" asks what first. */
export function NewBulkAction() {
  const kind = parseBulkPageKind(useSearchParams().get("action")) ?? "edit";
  const { ids } = useMonitorSelection();
  const query = useQuery(monitorListQuery());
  const monitors = useMemo(() => {
    const wanted = new Set(ids);
    return (query.data?.monitors ?? []).filter((monitor) => wanted.has(monitor.id) && isRoundTripMonitor(monitor));
  }, [ids, query.data]);
  const choices = useMemo(() => choicesFromMonitors(query.data?.monitors ?? []), [query.data]);
  const [change, setChange] = useState<BulkChange | null>(null);
  const [isEditing, setIsEditing] = useState(true);

  const request: BulkRequest | null = kind === "edit" ? (change && !isEditing ? { kind, change } : null) : { kind };

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
        <h1 className="text-2xl font-semibold tracking-tight">{TITLES[kind]}</h1>
        <p className="text-muted-foreground" role="status">
          {query.isPending
            ? "Loading the selected monitors…"
            : `${plural(monitors.length, "monitor", "monitors")} selected`}
        </p>
      </div>
      {query.error ? (
        <ListError
          error={query.error}
          isRetrying={query.isFetching}
          onRetry={() => void query.refetch()}
          signInHref="/sign-in?reason=session-ended"
        />
      ) : query.isPending ? (
        <ListSkeleton />
      ) : monitors.length === 0 ? (
        <div className="space-y-3 rounded-xl border bg-card p-6 text-card-foreground shadow-xs">
          <p className="font-medium">No monitors are selected.</p>
          <p className="text-sm text-muted-foreground">
            Tick the monitors to change in the list, then choose an action.
          </p>
          <Button asChild variant="outline">
            <Link href="/monitors">Choose monitors</Link>
          </Button>
        </div>
      ) : (
        <HiddenWhenViewOnly>
          {kind === "edit" && (isEditing || !change) ? (
            <BulkChangeForm
              choices={choices}
              selectedCount={monitors.length}
              initial={change}
              onPreview={(next) => {
                setChange(next);
                setIsEditing(false);
              }}
            />
          ) : request ? (
            <PreviewAndStart
              // A new preview, a new request key.
              key={JSON.stringify(request)}
              request={request}
              monitors={monitors}
              onEdit={kind === "edit" ? () => setIsEditing(true) : undefined}
            />
          ) : null}
        </HiddenWhenViewOnly>
      )}
    </div>
  );
}

type PreviewAndStartProps = {
  request: BulkRequest;
  monitors: readonly UpstreamMonitor[];
  onEdit: (() => void) | undefined;
};

function PreviewAndStart({ request, monitors, onEdit }: PreviewAndStartProps) {
  const [requestKey] = useState(() => crypto.randomUUID());
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const items = useMemo(() => previewItems(monitors, request), [monitors, request]);
  const counts = useMemo(() => previewCounts(items), [items]);
  const included = useMemo(() => includedItems(items, excluded), [items, excluded]);

  function include(monitorId: string, isIncluded: boolean) {
    const next = new Set(excluded);
    if (isIncluded) next.delete(monitorId);
    else next.add(monitorId);
    setExcluded(next);
  }

  return (
    <div className="space-y-6">
      <BulkPreview items={items} counts={counts} excluded={excluded} onInclude={include} />
      <div className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center gap-3 border-t bg-background/95 px-4 py-3 backdrop-blur-sm">
        <StartBulkAction request={request} items={included} requestKey={requestKey} />
        {onEdit ? (
          <Button variant="outline" onClick={onEdit}>
            <PencilIcon aria-hidden />
            Change the values
          </Button>
        ) : null}
        <Button asChild variant="ghost">
          <Link href="/monitors">Cancel</Link>
        </Button>
      </div>
    </div>
  );
}
