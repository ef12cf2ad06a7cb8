"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useDeferredValue, useMemo, useRef } from "react";
import {
  filterMonitors,
  listMonitors,
  nextSort,
  pageOf,
  resultSummary,
  sortMonitors,
  type SortKey,
} from "@/lib/monitors/list-view";
import { listViewHref } from "@/lib/monitors/list-view-url";
import { matchingMonitorIds, presentSelection, selectionState, withIds } from "@/lib/monitors/list-view-selection";
import { countStates } from "@/lib/monitors/monitor-state";
import { monitorListQuery } from "@/lib/monitors/queries";
import { signInPath } from "@/lib/safe-return-url";
import { HealthUnavailableNotice } from "./health-unavailable-notice";
import { ListControls } from "./list-controls";
import { ListEmpty } from "./list-empty";
import { ListError } from "./list-error";
import { ListPagination } from "./list-pagination";
import { ListSkeleton } from "./list-skeleton";
import { MonitorCards } from "./monitor-cards";
import { MonitorTable } from "./monitor-table";
import { NoMatches } from "./no-matches";
import { SkippedMonitorsNotice } from "./skipped-monitors-notice";
import { StateCountsBar } from "./state-counts";
import { useListViewUrl } from "./use-list-view-url";
import { useSearchDraft } from "./use-search-draft";
import { SelectionToolbar } from "./selection-toolbar";
import { type RowSelection } from "./monitor-row";
import { useMonitorSelection } from "../bulk/use-monitor-selection";
import { useViewOnly } from "../view-only/view-only-context";

/** The monitor list with each monitor's state: search, state filter, sort and page, all kept in the URL. */
export function MonitorList() {
  const { view, update } = useListViewUrl();
  const search = useSearchDraft(view.q, (q) => update({ q, page: 1 }));
  const searchRef = useRef<HTMLInputElement>(null);
  const tableTopRef = useRef<HTMLDivElement>(null);
  const query = useQuery(monitorListQuery());

  // Each step reruns only when its own inputs change: indexing per data set, sorting per sort order,
  // filtering per (deferred) keystroke.
  const monitors = useMemo(() => listMonitors(query.data?.monitors ?? [], query.data?.health), [query.data]);
  const counts = useMemo(() => countStates(monitors.map((row) => row.state)), [monitors]);
  const health = query.data?.health;
  const sorted = useMemo(() => sortMonitors(monitors, view.sort, view.dir), [monitors, view.sort, view.dir]);
  const deferredQuery = useDeferredValue(search.draft);
  const matches = useMemo(
    () => filterMonitors(sorted, { q: deferredQuery, status: view.status }),
    [sorted, deferredQuery, view.status],
  );
  // A search typed but not yet in the URL starts again from the first page.
  const page = useMemo(
    () => pageOf(matches, deferredQuery.trim() === view.q.trim() ? view.page : 1),
    [matches, deferredQuery, view.q, view.page],
  );

  const { isViewOnly } = useViewOnly();
  const { selected: stored, replace: replaceSelection, clear: clearSelection } = useMonitorSelection();
  // Only monitors still in the list count: one deleted elsewhere drops out of the selection.
  const selected = useMemo(
    () => (query.data ? presentSelection(stored, monitors) : stored),
    [query.data, stored, monitors],
  );
  const matchingIds = useMemo(
    () => matchingMonitorIds(monitors, { q: deferredQuery, status: view.status }),
    [monitors, deferredQuery, view.status],
  );
  const selectedIds = useMemo(() => [...selected], [selected]);
  const pageIds = useMemo(() => page.items.map((row) => row.monitor.id), [page.items]);
  const selectedMatchCount = useMemo(
    () => matchingIds.reduce((count, id) => count + (selected.has(id) ? 1 : 0), 0),
    [matchingIds, selected],
  );
  const selection = useMemo((): RowSelection | undefined => {
    if (isViewOnly) return undefined;
    return { selected, onToggle: (id, isSelected) => replaceSelection(withIds(selected, [id], isSelected)) };
  }, [isViewOnly, selected, replaceSelection]);

  const { sort, dir } = view;
  const onSort = useCallback(
    (column: SortKey) => update({ ...nextSort({ sort, dir }, column), page: 1 }),
    [update, sort, dir],
  );

  function clearSearchAndFilter() {
    search.replaceDraft("");
    update({ q: "", status: "all", page: 1 });
    searchRef.current?.focus();
  }

  function goToPage(target: number) {
    update({ page: target });
    tableTopRef.current?.scrollIntoView({ block: "start" });
  }

  const summary = query.isPending
    ? "Loading monitors…"
    : query.data
      ? resultSummary(matches.length, { q: deferredQuery, status: view.status })
      : "";

  return (
    <div className="space-y-4">
      <ListControls
        query={search.draft}
        status={view.status}
        searchRef={searchRef}
        onQueryChange={search.setDraft}
        onSearchCommit={search.flush}
        onStatusChange={(status) => update({ status, page: 1 })}
      />
      <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
        <p role="status" className="min-h-5 text-sm text-muted-foreground">
          {summary}
        </p>
        <StateCountsBar counts={counts} status={view.status} onStatusChange={(status) => update({ status, page: 1 })} />
      </div>
      {query.error ? (
        <ListError
          error={query.error}
          isRetrying={query.isFetching}
          onRetry={() => void query.refetch()}
          signInHref={`${signInPath(listViewHref({ ...view, q: search.draft }))}&reason=session-ended`}
        />
      ) : null}
      <SkippedMonitorsNotice count={query.data?.skipped ?? 0} />
      {health?.status === "unavailable" ? <HealthUnavailableNotice message={health.message} /> : null}
      {query.isPending ? (
        <ListSkeleton />
      ) : !query.data ? null : monitors.length === 0 ? (
        <ListEmpty />
      ) : matches.length === 0 ? (
        <NoMatches query={deferredQuery} status={view.status} onClear={clearSearchAndFilter} />
      ) : (
        <div ref={tableTopRef} className="scroll-mt-4 space-y-4">
          {selection ? (
            <SelectionToolbar
              selectedIds={selectedIds}
              matchingIds={matchingIds}
              selectedMatchCount={selectedMatchCount}
              pageState={selectionState(pageIds, selected)}
              onSelectPage={(isSelected) => replaceSelection(withIds(selected, pageIds, isSelected))}
              onSelectAllMatching={() => replaceSelection(withIds(selected, matchingIds, true))}
              onClear={clearSelection}
            />
          ) : null}
          <MonitorTable page={page} sort={view.sort} dir={view.dir} onSort={onSort} selection={selection} />
          <MonitorCards page={page} selection={selection} />
          <ListPagination page={page.page} pageCount={page.pageCount} onPage={goToPage} />
        </div>
      )}
    </div>
  );
}
