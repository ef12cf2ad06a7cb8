// Reading loosely typed values (form strings, API numbers, AlertSite's string ids) the same way everywhere.

/** A whole number from a number or from digits ("15", " 15 "); undefined for anything else. */
export function parseWholeNumber(raw: unknown): number | undefined {
  const value = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  return typeof value === "number" && Number.isSafeInteger(value) ? value : undefined;
}

/** The id of `{ id }` or of a bare id, as a whole number. */
export function parseIdOf(value: unknown): number | undefined {
  const raw: unknown = typeof value === "object" && value !== null && "id" in value ? value.id : value;
  return parseWholeNumber(raw);
}

/** No value: missing, null, only spaces, or an empty list. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}
