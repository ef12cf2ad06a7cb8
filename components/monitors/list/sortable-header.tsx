import { type SortDirection, type SortKey } from "@/lib/monitors/list-view";

type SortableHeaderProps = {
  column: SortKey;
  label: string;
  sort: SortKey;
  dir: SortDirection;
  onSort: (column: SortKey) => void;
};

const ARROWS: Readonly<Record<SortDirection | "none", string>> = { asc: "↑", desc: "↓", none: "↕" };

/** A column header whose button sorts by the column; `aria-sort` is on the sorted column only. */
export function SortableHeader({ column, label, sort, dir, onSort }: SortableHeaderProps) {
  const isSorted = column === sort;
  return (
    <th
      scope="col"
      aria-sort={isSorted ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className="px-3 py-2 text-left align-bottom"
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 font-semibold whitespace-nowrap text-slate-900 hover:bg-slate-200"
      >
        {label}
        <span aria-hidden="true" className={isSorted ? "text-slate-900" : "text-slate-600"}>
          {ARROWS[isSorted ? dir : "none"]}
        </span>
      </button>
    </th>
  );
}
