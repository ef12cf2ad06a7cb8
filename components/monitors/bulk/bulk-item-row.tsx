import {
  CircleCheckIcon,
  CircleHelpIcon,
  CircleSlashIcon,
  CircleXIcon,
  ClockIcon,
  HourglassIcon,
  LoaderCircleIcon,
} from "lucide-react";
import Link from "next/link";
import { type ReactNode } from "react";
import { type BulkItemStatus, type BulkItemView } from "@/lib/bulk/contract";
import { STATUS_WORDS } from "@/lib/bulk/progress-words";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { cn } from "@/lib/utils";

const ICONS: Readonly<Record<BulkItemStatus, ReactNode>> = {
  queued: <ClockIcon className="text-muted-foreground" />,
  sending: <LoaderCircleIcon className="animate-spin text-primary motion-reduce:animate-none" />,
  waiting: <HourglassIcon className="text-warning" />,
  done: <CircleCheckIcon className="text-success" />,
  failed: <CircleXIcon className="text-destructive" />,
  unknown: <CircleHelpIcon className="text-warning" />,
  cancelled: <CircleSlashIcon className="text-muted-foreground" />,
};

const STATUS_CLASS: Readonly<Record<BulkItemStatus, string>> = {
  queued: "text-muted-foreground",
  sending: "text-foreground",
  waiting: "text-warning",
  done: "text-success",
  failed: "text-destructive",
  unknown: "text-warning",
  cancelled: "text-muted-foreground",
};

/** One monitor of a bulk action: its status in an icon and words, why it failed, its links. */
export function BulkItemRow({ item }: { item: BulkItemView }) {
  const name = item.monitorName || (item.monitorId ? `Monitor ${item.monitorId}` : `Row ${item.row ?? item.index + 1}`);
  return (
    <li className="flex gap-3 px-4 py-3" data-status={item.status}>
      <span aria-hidden className="mt-0.5 shrink-0 [&>svg]:size-5">
        {ICONS[item.status]}
      </span>
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <p className="min-w-0 font-medium break-words">
            {item.monitorId ? (
              <Link href={monitorHref(item.monitorId)} prefetch={false} className="underline-offset-4 hover:underline">
                {name}
              </Link>
            ) : (
              name
            )}
            {item.row !== null ? (
              <span className="ml-2 text-xs font-normal text-muted-foreground">row {item.row}</span>
            ) : null}
          </p>
          <p className={cn("text-sm font-medium", STATUS_CLASS[item.status])}>{STATUS_WORDS[item.status]}</p>
        </div>
        {item.message ? <p className="text-sm break-words">{item.message}</p> : null}
        {item.alertSite ? (
          <p className="text-sm break-words text-muted-foreground">AlertSite said: {item.alertSite}</p>
        ) : null}
        {item.historyEntryId ? (
          <p className="text-sm">
            <Link
              href={`/activity/${item.historyEntryId}`}
              prefetch={false}
              className="text-primary underline-offset-4 hover:underline"
            >
              History entry<span className="sr-only"> for {name}</span>
            </Link>
          </p>
        ) : null}
      </div>
    </li>
  );
}
