import Link from "next/link";
import { Fragment } from "react";
import { type ListedMonitor } from "@/lib/monitors/list-view";
import { plural } from "@/lib/plural";
import { HiddenWhenViewOnly } from "../view-only/view-only-context";
import { cloneMonitorHref, editMonitorHref } from "@/lib/monitors/list-view-url";
import { StatusBadge } from "./status-badge";

function intervalText(minutes: number | undefined): string {
  if (minutes === undefined) return "Not reported";
  if (minutes >= 60 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return plural(hours, "hour", "hours");
  }
  return plural(minutes, "minute", "minutes");
}

/** Lets addresses wrap before a dot or @ and after ://, rather than mid-word. */
function Breakable({ text }: { text: string | undefined }) {
  if (!text) return null;
  return text.split(/(?=[.@])|(?<=:\/\/)/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

const linkClassName = "text-blue-800 underline decoration-blue-800/40 underline-offset-2 hover:decoration-blue-800";

/** One monitor: its name opens the edit page; Clone opens the create form prefilled with a copy. */
export function MonitorRow({ row }: { row: ListedMonitor }) {
  const { monitor, status } = row;
  const name = monitor.name?.trim() ? monitor.name : `Monitor ${monitor.id} (no name)`;
  return (
    <tr className="border-t border-slate-200 align-top hover:bg-slate-50">
      <th scope="row" className="min-w-44 px-3 py-2 text-left font-medium">
        {/* 50 rows of prefetching on every page turn would cost more than it saves. */}
        <Link href={editMonitorHref(monitor.id)} prefetch={false} className={linkClassName}>
          {name}
        </Link>
      </th>
      <td className="px-3 py-2 whitespace-nowrap tabular-nums">{monitor.id}</td>
      <td className="px-3 py-2">
        <StatusBadge status={status} />
      </td>
      <td className="px-3 py-2 whitespace-nowrap">{intervalText(monitor.interval ?? undefined)}</td>
      <td className="px-3 py-2 break-words">
        <Breakable text={monitor.email ?? undefined} />
      </td>
      <td className="px-3 py-2 break-words">
        <Breakable text={monitor.smtp_hostname ?? undefined} />
      </td>
      <td className="px-3 py-2 break-words">
        <Breakable text={monitor.pop3_hostname ?? undefined} />
      </td>
      <td className="px-3 py-2">
        <HiddenWhenViewOnly>
          <Link href={cloneMonitorHref(monitor)} prefetch={false} className={linkClassName}>
            Clone<span className="sr-only"> {name}</span>
          </Link>
        </HiddenWhenViewOnly>
      </td>
    </tr>
  );
}
