"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseStoredSelection, SELECTION_STORAGE_KEY, serialiseSelection } from "@/lib/bulk/selection-storage";

// The list's selection, shared by the list and the bulk pages through sessionStorage (per tab), so
// it survives paging, sorting, a reload and the way to a bulk action and back.

const listeners = new Set<() => void>();
let cachedRaw: string | null = null;
let cachedIds: readonly string[] = [];
const NONE: readonly string[] = [];

function read(): readonly string[] {
  const raw = window.sessionStorage.getItem(SELECTION_STORAGE_KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedIds = parseStoredSelection(raw);
  }
  return cachedIds;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function write(ids: Iterable<string>): void {
  const list = [...ids];
  if (list.length === 0) window.sessionStorage.removeItem(SELECTION_STORAGE_KEY);
  else window.sessionStorage.setItem(SELECTION_STORAGE_KEY, serialiseSelection(list));
  for (const listener of listeners) listener();
}

export type MonitorSelection = {
  ids: readonly string[];
  selected: ReadonlySet<string>;
  replace: (ids: Iterable<string>) => void;
  clear: () => void;
};

export function useMonitorSelection(): MonitorSelection {
  const ids = useSyncExternalStore(subscribe, read, () => NONE);
  const selected = useMemo(() => new Set(ids), [ids]);
  const replace = useCallback((next: Iterable<string>) => write(next), []);
  const clear = useCallback(() => write([]), []);
  return { ids, selected, replace, clear };
}
