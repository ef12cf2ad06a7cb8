import Link from "next/link";
import { Checkbox } from "@/components/ui/checkbox";
import { TableCell, TableRow } from "@/components/ui/table";
import { type ListedMonitor } from "@/lib/monitors/list-view";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { CopyIdButton } from "./copy-id-button";
import { Breakable, displayName, intervalText } from "./monitor-cells";
import { RowActions } from "./row-actions";
import { StateCell } from "./state-cell";

export const nameLinkClass =
  "rounded-sm font-medium text-foreground underline-offset-4 hover:text-primary hover:underline";

export type RowSelection = {
  selected: ReadonlySet<string>;
  onToggle: (id: string, isSelected: boolean) => void;
};

/** A monitor's checkbox, named after it: "Select Billing mailbox". */
export function SelectMonitorCheckbox({
  id,
  name,
  selection,
  className,
}: {
  id: string;
  name: string;
  selection: RowSelection;
  className?: string;
}) {
  return (
    <Checkbox
      aria-label={`Select ${name}`}
      checked={selection.selected.has(id)}
      onCheckedChange={(checked) => selection.onToggle(id, checked === true)}
      className={className}
    />
  );
}

/** One monitor in the table: its name opens the monitor's page. */
export function MonitorRow({ row, selection }: { row: ListedMonitor; selection: RowSelection | undefined }) {
  const { monitor } = row;
  const name = displayName(monitor);
  const isSelected = selection?.selected.has(monitor.id) ?? false;
  return (
    <TableRow data-state={isSelected ? "selected" : undefined}>
      {selection ? (
        <TableCell className="w-10 px-3 py-3">
          <SelectMonitorCheckbox id={monitor.id} name={name} selection={selection} className="align-middle" />
        </TableCell>
      ) : null}
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
        <RowActions monitor={monitor} name={name} isCompact className="-mx-2" />
      </TableCell>
    </TableRow>
  );
}
