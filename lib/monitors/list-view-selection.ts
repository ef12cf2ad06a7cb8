import { filterMonitors, type ListedMonitor, type ListView } from "./list-view";

// Which monitors "Select all N matching" picks. The list is loaded in the browser, so the ids are
// resolved here; kept as one function so the same question can move to the server later.

/** The ids of every monitor the search and state filter match, in no particular order. */
export function matchingMonitorIds(rows: readonly ListedMonitor[], view: Pick<ListView, "q" | "status">): string[] {
  return filterMonitors(rows, view).map((row) => row.monitor.id);
}

/** How many of `ids` are selected: all, some or none (for a "select this page" checkbox). */
export function selectionState(ids: readonly string[], selected: ReadonlySet<string>): boolean | "indeterminate" {
  const count = ids.reduce((total, id) => total + (selected.has(id) ? 1 : 0), 0);
  if (count === 0 || ids.length === 0) return false;
  return count === ids.length ? true : "indeterminate";
}

/** `selected` with `ids` added (or removed when `isSelected` is false). */
export function withIds(selected: ReadonlySet<string>, ids: readonly string[], isSelected: boolean): Set<string> {
  const next = new Set(selected);
  for (const id of ids) {
    if (isSelected) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The selected ids still in the list: a monitor deleted elsewhere drops out of the selection. */
export function presentSelection(selected: ReadonlySet<string>, rows: readonly ListedMonitor[]): Set<string> {
  const present = new Set<string>();
  for (const row of rows) if (selected.has(row.monitor.id)) present.add(row.monitor.id);
  return present;
}
