import { Skeleton } from "@/components/ui/skeleton";
import { CARDS_CLASS, COLUMNS, TABLE_FRAME_CLASS, TABLE_TITLE } from "./columns";

const ROWS = 8;
const WIDTHS = ["w-48", "w-14", "w-16", "w-20", "w-44", "w-36", "w-36", "w-28"];

/** The list's shape while the monitors load: the table from `md` up, cards below. */
export function ListSkeleton() {
  return (
    <>
      <div className={TABLE_FRAME_CLASS}>
        <table className="w-full text-sm" aria-busy="true">
          <caption className="border-t px-3 py-2.5 text-left text-muted-foreground">
            <span className="font-medium text-foreground">{TABLE_TITLE}</span>: loading…
          </caption>
          <thead className="bg-muted/50">
            <tr className="border-b">
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" className="h-10 px-3 text-left font-medium text-muted-foreground">
                  {column.label}
                </th>
              ))}
              <th scope="col" className="h-10 px-3 text-left font-medium text-muted-foreground">
                Actions
              </th>
            </tr>
          </thead>
          <tbody aria-hidden="true">
            {Array.from({ length: ROWS }, (_, row) => (
              <tr key={row} className="border-b last:border-0">
                {WIDTHS.map((width, cell) => (
                  <td key={cell} className="px-3 py-3.5">
                    <Skeleton className={`h-4 max-w-full ${width}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={CARDS_CLASS} aria-hidden="true">
        {Array.from({ length: 4 }, (_, card) => (
          <div key={card} className="space-y-3 rounded-lg border bg-card p-4">
            <div className="flex justify-between gap-3">
              <Skeleton className="h-5 w-40" />
              <Skeleton className="h-5 w-16 rounded-full" />
            </div>
            <Skeleton className="h-4 w-56 max-w-full" />
            <Skeleton className="h-4 w-24" />
          </div>
        ))}
      </div>
    </>
  );
}
