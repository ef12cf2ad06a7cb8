import { memo } from "react";
import { type ListPage, type ListedMonitor, type SortDirection, type SortKey } from "@/lib/monitors/list-view";
import { COLUMNS, TABLE_TITLE, headRowClassName, tableClassName, tableFrameClassName } from "./columns";
import { MonitorRow } from "./monitor-row";
import { SortableHeader } from "./sortable-header";

type MonitorTableProps = {
  page: ListPage<ListedMonitor>;
  sort: SortKey;
  dir: SortDirection;
  onSort: (column: SortKey) => void;
};

function captionText({ first, last, total }: ListPage<ListedMonitor>, sort: SortKey, dir: SortDirection): string {
  const column = COLUMNS.find((candidate) => candidate.key === sort)?.label.toLowerCase() ?? sort;
  const order = dir === "asc" ? "ascending" : "descending";
  return `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}, sorted by ${column}, ${order}`;
}

/** One page of monitors. Memoised: typing re-renders the page around it, not these rows. */
export const MonitorTable = memo(function MonitorTable({ page, sort, dir, onSort }: MonitorTableProps) {
  return (
    <div className={tableFrameClassName}>
      <table className={tableClassName}>
        <caption className="px-3 py-2 text-left text-sm text-slate-700">
          <span className="font-semibold text-slate-900">{TABLE_TITLE}</span>: {captionText(page, sort, dir)}
        </caption>
        <thead>
          <tr className={headRowClassName}>
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
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((row) => (
            <MonitorRow key={row.monitor.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
});
