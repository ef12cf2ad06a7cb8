import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "lucide-react";
import { TableHead } from "@/components/ui/table";
import { type SortDirection, type SortKey } from "@/lib/monitors/list-view";

type SortableHeaderProps = {
  column: SortKey;
  label: string;
  sort: SortKey;
  dir: SortDirection;
  onSort: (column: SortKey) => void;
};

const ICONS = { asc: ArrowUpIcon, desc: ArrowDownIcon, none: ChevronsUpDownIcon } as const;

/** A column header whose button sorts by the column; `aria-sort` is on the sorted column only. */
export function SortableHeader({ column, label, sort, dir, onSort }: SortableHeaderProps) {
  const isSorted = column === sort;
  const Icon = ICONS[isSorted ? dir : "none"];
  return (
    <TableHead
      scope="col"
      aria-sort={isSorted ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className="px-3"
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className="-mx-2 inline-flex h-8 items-center gap-1.5 rounded-md px-2 font-medium transition-colors hover:bg-accent hover:text-accent-foreground data-[sorted]:text-foreground"
        data-sorted={isSorted || undefined}
      >
        {label}
        <Icon aria-hidden className={isSorted ? "size-3.5" : "size-3.5 opacity-50"} />
      </button>
    </TableHead>
  );
}
