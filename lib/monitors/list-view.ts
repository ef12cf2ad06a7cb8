import { pluralWord } from "@/lib/plural";
import { type HealthReport, type MonitorHealth } from "./health";
import { monitorStateView, type ShownState, STATE_ORDER } from "./monitor-state";
import { isRoundTripMonitor, type UpstreamMonitor } from "./upstream";

// The monitor list's view (search, status filter, sort, page) as pure functions, so the page can
// memoise each step and the URL can carry the whole view (see list-view-url.ts).

/** By state; "unknown" also finds monitors whose status could not be read. */
export const STATUS_FILTERS = ["all", "failing", "paused", "ok", "unknown"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const SORT_KEYS = ["name", "id", "status", "interval", "email", "smtp", "pop3"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export type ListView = {
  q: string;
  status: StatusFilter;
  sort: SortKey;
  dir: SortDirection;
  page: number;
};

export const DEFAULT_LIST_VIEW: Readonly<ListView> = { q: "", status: "all", sort: "name", dir: "asc", page: 1 };
export const PAGE_SIZE = 50;
/** Longer searches match nothing useful; the cap keeps a hand-made URL from costing anything. */
export const MAX_QUERY_LENGTH = 200;

/** A monitor with what the list needs precomputed once per data set, not once per keystroke. */
export type ListedMonitor = {
  monitor: UpstreamMonitor;
  state: ShownState;
  health: MonitorHealth | null;
  /** Name, ID, mailbox and servers, lowercased, one per line. */
  searchText: string;
};

/**
 * Prepares monitors for searching, each with its state from `report` (the status read with the
 * list); other monitor types are dropped here too, whatever the server did.
 */
export function listMonitors(monitors: readonly UpstreamMonitor[], report?: HealthReport): ListedMonitor[] {
  return monitors.filter(isRoundTripMonitor).map((monitor) => ({
    monitor,
    ...monitorStateView(monitor, report),
    searchText: [monitor.name, monitor.id, monitor.email, monitor.smtp_hostname, monitor.pop3_hostname]
      .filter((part) => part !== undefined && part !== "")
      .join("\n")
      .toLowerCase(),
  }));
}

/** Words of a search: every word must appear somewhere, so "billing eu" finds "Billing mailbox 0042 – EU". */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== "");
}

export function filterMonitors(
  rows: readonly ListedMonitor[],
  { q, status }: Pick<ListView, "q" | "status">,
): readonly ListedMonitor[] {
  const terms = searchTerms(q);
  if (terms.length === 0 && status === "all") return rows;
  return rows.filter((row) => matchesState(row.state, status) && terms.every((term) => row.searchText.includes(term)));
}

function matchesState(state: ShownState, filter: StatusFilter): boolean {
  if (filter === "all" || filter === state) return true;
  return filter === "unknown" && state === "unavailable";
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

type SortValue = string | number | undefined;

function sortValue(row: ListedMonitor, key: SortKey): SortValue {
  const { monitor } = row;
  switch (key) {
    case "name":
      return monitor.name || undefined;
    case "id":
      return Number(monitor.id);
    case "status":
      return STATE_ORDER[row.state];
    case "interval":
      return monitor.interval ?? undefined;
    case "email":
      return monitor.email || undefined;
    case "smtp":
      return monitor.smtp_hostname || undefined;
    case "pop3":
      return monitor.pop3_hostname || undefined;
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A sorted copy. Monitors without a value for the column go last in both directions; ties keep a
 * stable order by name, then ID, so paging never shuffles rows between pages.
 */
export function sortMonitors(rows: readonly ListedMonitor[], key: SortKey, dir: SortDirection): ListedMonitor[] {
  const sign = dir === "asc" ? 1 : -1;
  const keyed = rows.map((row) => ({
    row,
    value: sortValue(row, key),
    name: row.monitor.name ?? "",
    id: Number(row.monitor.id),
  }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value !== b.value) return a.value === undefined ? 1 : -1;
    } else {
      const byValue = compareValues(a.value, b.value);
      if (byValue !== 0) return sign * byValue;
    }
    return (key === "name" ? 0 : collator.compare(a.name, b.name)) || a.id - b.id;
  });
  return keyed.map(({ row }) => row);
}

export type ListPage<T> = {
  items: T[];
  /** The page shown: the requested one, moved into range. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based positions of the first and last item shown; 0 when there are none. */
  first: number;
  last: number;
};

export function pageOf<T>(rows: readonly T[], page: number, pageSize = PAGE_SIZE): ListPage<T> {
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const start = (current - 1) * pageSize;
  const items = rows.slice(start, start + pageSize);
  return {
    items,
    page: current,
    pageCount,
    total,
    first: items.length > 0 ? start + 1 : 0,
    last: start + items.length,
  };
}

/** Sort, filter and page in one call. The page memoises the steps separately; this is for callers that don't. */
export function applyListView(
  rows: readonly ListedMonitor[],
  view: ListView,
  pageSize = PAGE_SIZE,
): ListPage<ListedMonitor> {
  return pageOf(filterMonitors(sortMonitors(rows, view.sort, view.dir), view), view.page, pageSize);
}

/** What clicking a column's sort button does: the same column flips direction, another starts ascending. */
export function nextSort(current: Pick<ListView, "sort" | "dir">, key: SortKey): Pick<ListView, "sort" | "dir"> {
  if (current.sort === key) return { sort: key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort: key, dir: "asc" };
}

// ---------------------------------------------------------------------------------------------
// Words

function monitorsWord(count: number): string {
  return pluralWord(count, "monitor", "monitors");
}

const FILTER_WORDS: Readonly<Record<Exclude<StatusFilter, "all">, string>> = {
  failing: "failing",
  paused: "paused",
  ok: "OK",
  unknown: "unknown",
};

/** "monitors", "failing monitors", "OK monitors": what the filter leaves, for sentences. */
export function filteredKind(count: number, status: StatusFilter): string {
  return status === "all" ? monitorsWord(count) : `${FILTER_WORDS[status]} ${monitorsWord(count)}`;
}

/** What the live region says, e.g. `12 monitors match “billing”` or `3 failing monitors`. */
export function resultSummary(count: number, { q, status }: Pick<ListView, "q" | "status">): string {
  const query = q.trim();
  const kind = filteredKind(count, status);
  if (query === "")
    return count === 0 ? `No ${status === "all" ? "monitors" : kind}` : `${count.toLocaleString("en")} ${kind}`;
  const verb = pluralWord(count, "matches", "match");
  return `${count === 0 ? "No" : count.toLocaleString("en")} ${kind} ${verb} “${query}”`;
}
