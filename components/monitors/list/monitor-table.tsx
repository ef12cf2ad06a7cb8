import { memo } from "react";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { type ListPage, type ListedMonitor, type SortDirection, type SortKey } from "@/lib/monitors/list-view";
import { COLUMNS, TABLE_FRAME_CLASS, TABLE_TITLE } from "./columns";
import { MonitorRow, type RowSelection } from "./monitor-row";
import { SortableHeader } from "./sortable-header";

type MonitorTableProps = {
  page: ListPage<ListedMonitor>;
  sort: SortKey;
  dir: SortDirection;
  onSort: (column: SortKey) => void;
  /** Absent for users who may only view monitors: no checkboxes then. */
  selection: RowSelection | undefined;
};

export function pageSummary({ first, last, total }: ListPage<ListedMonitor>): string {
  return `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}`;
}

function captionText(page: ListPage<ListedMonitor>, sort: SortKey, dir: SortDirection): string {
  const column = COLUMNS.find((candidate) => candidate.key === sort)?.label.toLowerCase() ?? sort;
  const order = dir === "asc" ? "ascending" : "descending";
  return `${pageSummary(page)}, sorted by ${column}, ${order}`;
}

/** One page of monitors, from `md` up. Memoised: typing re-renders the page around it, not these rows. */
export const MonitorTable = memo(function MonitorTable({ page, sort, dir, onSort, selection }: MonitorTableProps) {
  return (
    <div className={TABLE_FRAME_CLASS}>
      <Table>
        <caption className="border-t px-3 py-2.5 text-left text-sm text-muted-foreground">
          <span className="font-medium text-foreground">{TABLE_TITLE}</span>: {captionText(page, sort, dir)}
        </caption>
        <TableHeader className="bg-muted/50">
          <TableRow className="hover:bg-transparent">
            {selection ? (
              <TableHead scope="col" className="w-10 px-3">
                <span className="sr-only">Selected</span>
              </TableHead>
            ) : null}
            {COLUMNS.map((column) => (
              <SortableHeader
                key={column.key}
                column={column.key}
                label={column.label}
                sort={sort}
                dir={dir}
                onSort={onSort}
              />
            ))}
            <TableHead scope="col" className="px-3">
              Actions
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.items.map((row) => (
            <MonitorRow key={row.monitor.id} row={row} selection={selection} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
});
