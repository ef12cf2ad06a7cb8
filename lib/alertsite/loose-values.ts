// Readers for single values in AlertSite answers whose shapes are undocumented (status, tests): each
// takes whatever came and returns the value or null, never throws. Used by status-reads.ts and test-reads.ts.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first of `keys` that `record` holds with a value other than null, undefined or "". */
export function firstPresent(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

/** An integer, also sent as a numeric string ("0", " 51 "). */
export function looseInteger(value: unknown): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : null;
  if (typeof value === "string" && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value);
  return null;
}

/** A finite number, also sent as a numeric string ("1.234"). */
export function looseNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** A non-empty trimmed string; numbers become their text. */
export function looseText(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text === "" ? null : text;
}

/** An id: a positive integer, as a number or a numeric string, always returned as a string. */
export function looseId(value: unknown): string | null {
  const id = looseInteger(value);
  return id !== null && id > 0 ? String(id) : null;
}

// Epoch values below this are seconds, above it milliseconds (1e11 seconds is the year 5138).
const EPOCH_MILLISECONDS_FROM = 1e11;
const SQL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * A moment as an ISO 8601 string (UTC). Accepts ISO 8601 with or without a zone, AlertSite's
 * "2026-11-23 14:05:09" (no zone given: read as UTC, an assumption, since AlertSite documents no zone), and
 * epoch seconds or milliseconds as numbers or numeric strings. Anything else, or a year before 2000, is null.
 */
export function looseDateTime(value: unknown): string | null {
  const epoch = looseNumber(value);
  let time: number;
  if (epoch !== null) time = epoch >= EPOCH_MILLISECONDS_FROM ? epoch : epoch * 1000;
  else {
    const text = looseText(value);
    if (text === null) return null;
    const local = SQL_DATE_TIME.exec(text);
    time = Date.parse(local ? `${local[1]}T${local[2]}Z` : text);
  }
  if (!Number.isFinite(time) || time < Date.UTC(2000, 0, 1)) return null;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An absolute http(s) URL, fit for a link; anything else (javascript:, relative, junk) is null. */
export function looseHttpUrl(value: unknown): string | null {
  const text = looseText(value);
  if (text === null) return null;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
