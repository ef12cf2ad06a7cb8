import { type z } from "zod";

// AlertSite is documented loosely: a read may carry a field of a type the console never saw. Such a
// value is treated as absent rather than failing the record (and, worse, the whole list it is in).

export type TolerantOptions = {
  /** What the records are, for the log line: "monitor", "status". */
  record: string;
  /**
   * Paths without which a record is useless: a top-level field ("id") skips the record; a member
   * of array items ("locations.*.id") drops the item.
   */
  required: readonly string[];
};

type Repair = { kind: "skip-record" } | { kind: "repaired"; value: Record<string, unknown> };

const reported = new Set<string>();

/** One log line per record kind and field name, ever: never the value, which may be anything. */
function reportIgnored(record: string, field: string): void {
  const key = `${record}.${field}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`[alertsite] ignored ${key} on a read: its value has a type the console does not expect`);
}

/** For tests: forget which fields were reported. */
export function resetTolerantReports(): void {
  reported.clear();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Removes what each issue points at from a shallow copy; says so when the record must be skipped. */
function repair(
  source: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  options: TolerantOptions,
): Repair {
  const value: Record<string, unknown> = { ...source };
  const droppedItems = new Map<string, Set<number>>();
  for (const issue of issues) {
    const [field, index, member] = issue.path;
    if (typeof field !== "string" || options.required.includes(field)) return { kind: "skip-record" };
    const items = value[field];
    if (typeof index !== "number" || !Array.isArray(items)) {
      reportIgnored(options.record, field);
      Reflect.deleteProperty(value, field);
      continue;
    }
    const item: unknown = items[index];
    const memberPath = typeof member === "string" ? `${field}.*.${member}` : field;
    if (typeof member !== "string" || !isPlainObject(item) || options.required.includes(memberPath)) {
      reportIgnored(options.record, memberPath);
      droppedItems.set(field, (droppedItems.get(field) ?? new Set()).add(index));
      continue;
    }
    reportIgnored(options.record, memberPath);
    const copy = [...items];
    const { [member]: _dropped, ...rest } = item;
    copy[index] = rest;
    value[field] = copy;
  }
  for (const [field, indexes] of droppedItems) {
    const items = value[field];
    if (Array.isArray(items)) value[field] = items.filter((_, index) => !indexes.has(index));
  }
  return { kind: "repaired", value };
}

/**
 * Parses one record with `schema`; when that fails, drops each value the schema refused (a field,
 * an array item, or a member of one) and parses again. Undefined when a required path is unusable.
 * Well-formed records take one parse, so a large list costs what a strict parse costs.
 */
export function parseTolerantly<T>(schema: z.ZodType<T>, input: unknown, options: TolerantOptions): T | undefined {
  let result = schema.safeParse(input);
  if (result.success) return result.data;
  if (!isPlainObject(input)) return undefined;
  let value = input;
  // Each round removes at least one value, and a removed value cannot fail again; the bound is a guard.
  for (let round = 0; round < 8; round += 1) {
    const repaired = repair(value, result.error.issues, options);
    if (repaired.kind === "skip-record") return undefined;
    value = repaired.value;
    result = schema.safeParse(value);
    if (result.success) return result.data;
  }
  return undefined;
}

export type TolerantList<T> = { items: T[]; skipped: number };

/** Parses every record on its own: one that cannot be read is counted, never fatal. */
export function parseListTolerantly<T>(
  schema: z.ZodType<T>,
  records: readonly unknown[],
  options: TolerantOptions,
): TolerantList<T> {
  const items: T[] = [];
  let skipped = 0;
  for (const record of records) {
    const parsed = parseTolerantly(schema, record, options);
    if (parsed === undefined) skipped += 1;
    else items.push(parsed);
  }
  return { items, skipped };
}

const LIST_ENVELOPE_KEYS = ["results", "data", "monitors", "items", "records"] as const;

/**
 * The records of a list answer: AlertSite documents neither a bare array nor `{"results": [...]}`
 * for sure, and other services wrap lists as `data`, `items`, ... Undefined when none is there.
 */
export function listRecords(body: unknown): readonly unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!isPlainObject(body)) return undefined;
  for (const key of LIST_ENVELOPE_KEYS) {
    const records = body[key];
    if (Array.isArray(records)) return records;
    if (records === null) return [];
  }
  return undefined;
}
