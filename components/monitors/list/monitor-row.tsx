import Link from "next/link";
import { TableCell, TableRow } from "@/components/ui/table";
import { type ListedMonitor } from "@/lib/monitors/list-view";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { CopyIdButton } from "./copy-id-button";
import { Breakable, displayName, intervalText } from "./monitor-cells";
import { RowActions } from "./row-actions";
import { StateCell } from "./state-cell";

export const nameLinkClass =
  "rounded-sm font-medium text-foreground underline-offset-4 hover:text-primary hover:underline";

/** One monitor in the table: its name opens the monitor's page. */
export function MonitorRow({ row }: { row: ListedMonitor }) {
  const { monitor } = row;
  const name = displayName(monitor);
  return (
    <TableRow>
      <th scope="row" className="max-w-64 min-w-40 px-3 py-3 text-left align-middle font-normal break-words">
        <Link href={monitorHref(monitor.id)} prefetch={false} className={nameLinkClass}>
          {name}
        </Link>
      </th>
      <TableCell className="px-3 py-2 text-muted-foreground tabular-nums">
        <span className="inline-flex items-center gap-0.5">
          {monitor.id}
          <CopyIdButton id={monitor.id} />
        </span>
      </TableCell>
      <TableCell className="max-w-56 min-w-36 px-3 py-3 whitespace-normal">
        <StateCell row={row} />
      </TableCell>
      <TableCell className="px-3 py-3">{intervalText(monitor.interval)}</TableCell>
      <TableCell className="max-w-56 px-3 py-3 break-words whitespace-normal">
        <Breakable text={monitor.email} />
      </TableCell>
      <TableCell className="max-w-48 px-3 py-3 break-words whitespace-normal text-muted-foreground">
        <Breakable text={monitor.smtp_hostname} />
      </TableCell>
      <TableCell className="max-w-48 px-3 py-3 break-words whitespace-normal text-muted-foreground">
        <Breakable text={monitor.pop3_hostname} />
      </TableCell>
      <TableCell className="px-3 py-1.5">
        <RowActions monitor={monitor} name={name} className="-mx-2" />
      </TableCell>
    </TableRow>
  );
}
