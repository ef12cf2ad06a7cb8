import { DEFAULT_LIST_VIEW, type ListView, MAX_QUERY_LENGTH, SORT_KEYS, STATUS_FILTERS } from "./list-view";
import { type UpstreamMonitor } from "./upstream";

// The list's view in the URL (/monitors?q=billing&status=paused&sort=interval&dir=desc&page=2)
// and the links the list offers for each monitor.

type ParamReader = { get(name: string): string | null };

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}

/** The view a URL asks for; anything unknown or malformed falls back to the default. */
export function parseListView(params: ParamReader): ListView {
  const page = Number(params.get("page"));
  return {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    status: oneOf(STATUS_FILTERS, params.get("status"), DEFAULT_LIST_VIEW.status),
    sort: oneOf(SORT_KEYS, params.get("sort"), DEFAULT_LIST_VIEW.sort),
    dir: oneOf(["asc", "desc"], params.get("dir"), DEFAULT_LIST_VIEW.dir),
    page: Number.isSafeInteger(page) && page >= 1 ? page : DEFAULT_LIST_VIEW.page,
  };
}

/** Only what differs from the default, so the plain list stays at a plain `/monitors`. */
export function listViewSearchParams(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim() !== "") params.set("q", view.q);
  if (view.status !== DEFAULT_LIST_VIEW.status) params.set("status", view.status);
  if (view.sort !== DEFAULT_LIST_VIEW.sort) params.set("sort", view.sort);
  if (view.dir !== DEFAULT_LIST_VIEW.dir) params.set("dir", view.dir);
  if (view.page !== DEFAULT_LIST_VIEW.page) params.set("page", String(view.page));
  return params;
}

export function listViewHref(view: ListView, pathname = "/monitors"): string {
  const search = listViewSearchParams(view).toString();
  return search === "" ? pathname : `${pathname}?${search}`;
}

/** The monitor's own page: its state, its settings and what can be done with it. */
export function monitorHref(id: string): string {
  return `/monitors/${encodeURIComponent(id)}`;
}

export function editMonitorHref(id: string): string {
  return `/monitors/${encodeURIComponent(id)}/edit`;
}

/** The create form, prefilled on the server with a copy of `monitor` (see copyOfMonitor); only its id is in the URL. */
export function cloneMonitorHref(monitor: Pick<UpstreamMonitor, "id">): string {
  return `/monitors/new?from=${encodeURIComponent(monitor.id)}`;
}
