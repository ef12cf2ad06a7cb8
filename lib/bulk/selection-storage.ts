import { z } from "zod";
import { MAX_BULK_ITEMS } from "./contract";

// The list's selection, kept in sessionStorage so it survives paging, sorting, a reload of the list
// and the way to the bulk pages and back; per tab, gone when the tab closes.

export const SELECTION_STORAGE_KEY = "monitor-selection";

const storedSelectionSchema = z.array(z.string().regex(/^[1-9][0-9]{0,14}$/)).max(MAX_BULK_ITEMS * 4);

/** The ids a stored value holds; anything unreadable is an empty selection, never an error. */
export function parseStoredSelection(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const parsed = storedSelectionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? [...new Set(parsed.data)] : [];
  } catch {
    return [];
  }
}

export function serialiseSelection(ids: Iterable<string>): string {
  return JSON.stringify([...ids]);
}
