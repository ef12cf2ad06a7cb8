import { COLUMNS, TABLE_TITLE, headRowClassName, tableClassName, tableFrameClassName } from "./columns";

const ROWS = 8;
const WIDTHS = ["w-48", "w-14", "w-16", "w-20", "w-52", "w-44", "w-44", "w-10"];

/** The table's shape while the monitors load. */
export function ListSkeleton() {
  return (
    <div className={tableFrameClassName}>
      <table className={tableClassName} aria-busy="true">
        <caption className="px-3 py-2 text-left text-sm text-slate-700">
          <span className="font-semibold text-slate-900">{TABLE_TITLE}</span>: loading…
        </caption>
        <thead>
          <tr className={headRowClassName}>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" className="px-3 py-2 text-left font-semibold">
                {column.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              Actions
            </th>
          </tr>
        </thead>
        <tbody aria-hidden="true">
          {Array.from({ length: ROWS }, (_, row) => (
            <tr key={row} className="border-t border-slate-200">
              {WIDTHS.map((width, cell) => (
                <td key={cell} className="px-3 py-3">
                  <span className={`block h-4 max-w-full animate-pulse rounded bg-slate-200 ${width}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
