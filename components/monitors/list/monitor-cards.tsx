import { MailIcon, TimerIcon } from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { type ListPage, type ListedMonitor } from "@/lib/monitors/list-view";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { CARDS_CLASS, TABLE_TITLE } from "./columns";
import { Breakable, displayName, intervalText } from "./monitor-cells";
import { nameLinkClass, type RowSelection, SelectMonitorCheckbox } from "./monitor-row";
import { RowActions } from "./row-actions";
import { StateBadge } from "../state/state-badge";
import { CheckedAt } from "../state/checked-at";

/** One page of monitors below `md`: a compact card each, with what a phone has room for. */
export const MonitorCards = memo(function MonitorCards({
  page,
  selection,
}: {
  page: ListPage<ListedMonitor>;
  selection: RowSelection | undefined;
}) {
  return (
    <ul aria-label={TABLE_TITLE} className={CARDS_CLASS}>
      {page.items.map(({ monitor, state, health }) => {
        const name = displayName(monitor);
        return (
          <li key={monitor.id} className="relative rounded-lg border bg-card p-4 shadow-xs">
            <div className="flex items-start justify-between gap-3">
              {selection ? (
                <SelectMonitorCheckbox id={monitor.id} name={name} selection={selection} className="mt-1 size-5" />
              ) : null}
              <h2 className="min-w-0 flex-1 text-base leading-snug break-words">
                <Link href={monitorHref(monitor.id)} prefetch={false} className={nameLinkClass}>
                  {name}
                </Link>
              </h2>
              <StateBadge state={state} />
            </div>
            <p className="mt-0.5 text-xs text-muted-foreground tabular-nums">
              ID {monitor.id}
              {health ? (
                <>
                  {" · "}
                  <CheckedAt iso={health.checkedAt} />
                </>
              ) : null}
            </p>
            {state === "failing" && health?.reason ? (
              <p className="mt-2 text-sm break-words text-destructive">{health.reason}</p>
            ) : null}
            <dl className="mt-3 grid gap-1.5 text-sm">
              <div className="flex min-w-0 items-start gap-2">
                <dt>
                  <MailIcon aria-hidden className="mt-0.5 size-4 text-muted-foreground" />
                  <span className="sr-only">Test mailbox</span>
                </dt>
                <dd className="min-w-0 break-words">
                  <Breakable text={monitor.email} />
                </dd>
              </div>
              <div className="flex items-start gap-2">
                <dt>
                  <TimerIcon aria-hidden className="mt-0.5 size-4 text-muted-foreground" />
                  <span className="sr-only">Runs every</span>
                </dt>
                <dd>{intervalText(monitor.interval)}</dd>
              </div>
            </dl>
            <RowActions monitor={monitor} name={name} className="-mx-2 mt-2 -mb-1 border-t pt-2" />
          </li>
        );
      })}
    </ul>
  );
});
