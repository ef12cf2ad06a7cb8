import { type StatusFilter } from "@/lib/monitors/list-view";

type NoMatchesProps = { query: string; status: StatusFilter; onClear: () => void };

function describeFilter(query: string, status: StatusFilter): string {
  const among = status === "all" ? "" : ` among ${status} monitors`;
  return query.trim() === "" ? `There are no ${status} monitors.` : `Nothing matches “${query.trim()}”${among}.`;
}

/** Monitors exist, but the search or filter hides them all. */
export function NoMatches({ query, status, onClear }: NoMatchesProps) {
  return (
    <section
      aria-labelledby="no-matches-heading"
      className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center"
    >
      <h2 id="no-matches-heading" className="text-lg font-semibold text-slate-900">
        No monitors match
      </h2>
      <p className="mt-2 text-slate-700">
        {describeFilter(query, status)} Check the spelling, or search by ID, test mailbox or server instead.
      </p>
      <button
        type="button"
        onClick={onClear}
        className="mt-4 rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 shadow-sm hover:bg-slate-100"
      >
        Clear search and filter
      </button>
    </section>
  );
}
