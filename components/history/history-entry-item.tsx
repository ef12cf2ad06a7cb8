import Link from "next/link";
import { bulkActionHref } from "@/lib/bulk/bulk-links";
import { entryHref } from "@/lib/history/activity-view";
import { actionSentence, detailLines } from "@/lib/history/describe-entry";
import { type HistoryEntry } from "@/lib/history/entry";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { EntryTime } from "./entry-time";
import { OutcomeBadge } from "./outcome-badge";
import { UndoLink } from "./undo-link";

type HistoryEntryItemProps = {
  entry: HistoryEntry;
  /** On the activity page each entry names its monitor; on the monitor's own page it need not. */
  showMonitor?: boolean;
};

/** One entry as a person reads it: who did what, when, and what came of it. */
export function HistoryEntryItem({ entry, showMonitor = false }: HistoryEntryItemProps) {
  const lines = detailLines(entry);
  const isRefused = entry.outcome === "refused" || entry.outcome === "not-made" || entry.outcome === "unknown";
  return (
    <li className="space-y-2 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <p className="min-w-0 break-words">
          <span className="font-medium">{entry.actor}</span> {actionSentence(entry)}
        </p>
        <OutcomeBadge outcome={entry.outcome} />
      </div>
      {lines.length > 0 ? (
        <ul aria-label="Changes" className="space-y-0.5 text-sm break-words text-muted-foreground">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {isRefused && entry.message ? (
        <p className="text-sm break-words">
          {entry.outcome === "refused" ? "AlertSite said: " : ""}
          {entry.message}
        </p>
      ) : null}
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
        <EntryTime iso={entry.at} />
        {showMonitor ? (
          <>
            <span aria-hidden>·</span>
            {entry.monitorId ? (
              <Link
                href={monitorHref(entry.monitorId)}
                className="min-w-0 break-words underline-offset-4 hover:underline"
              >
                {entry.monitorName} <span className="tabular-nums">({entry.monitorId})</span>
              </Link>
            ) : (
              <span className="min-w-0 break-words">{entry.monitorName}</span>
            )}
          </>
        ) : null}
        {entry.bulkActionId ? (
          <>
            <span aria-hidden>·</span>
            <Link href={bulkActionHref(entry.bulkActionId)} className="underline-offset-4 hover:underline">
              Part of a bulk action
            </Link>
          </>
        ) : null}
        <span aria-hidden>·</span>
        <Link
          href={entryHref(entry.id)}
          className="font-medium text-foreground underline-offset-4 hover:underline"
          aria-label={`Details of this change by ${entry.actor}`}
        >
          Details
        </Link>
      </p>
      <UndoLink entry={entry} />
    </li>
  );
}
