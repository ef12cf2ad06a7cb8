import { z } from "zod";
import {
  firstPresent,
  isPlainObject,
  looseDateTime,
  looseId,
  looseInteger,
  looseNumber,
  looseText,
} from "./loose-values";
import { listRecords } from "./tolerant-parse";

// `GET /report-sitestatus`: AlertSite documents what it holds, not how. The envelope, the field
// names and whether a monitor comes as one row or one row per location are all unknown, so this
// reads every plausible spelling (see the unit tests for each) and keeps what it can. Only an answer
// with nothing in it that looks like a status (a string, or rows none of which names a monitor) is
// unreadable; an empty answer is fine: every monitor is then Unknown.

/** One result as AlertSite reported it: a monitor's overall result, or its result at one location. */
export type StatusRow = {
  /** The monitor's id, when the row gave one; otherwise `monitorName` names it. */
  monitorId: string | null;
  monitorName: string | null;
  locationId: string | null;
  locationName: string | null;
  /** AlertSite's status code: 0 is OK. Null when absent or not a number. */
  code: number | null;
  description: string | null;
  checkedAt: string | null;
  responseSeconds: number | null;
};

export type StatusReport = {
  rows: StatusRow[];
  /** Rows that named no monitor, so could not be placed. */
  skipped: number;
};

// Spellings seen in public client code first, then the usual alternatives.
const MONITOR_ID_KEYS = ["monitor_id", "obj_device", "device_id", "id"] as const;
/** Either an id (numeric) or the monitor's name. */
const MONITOR_KEYS = ["monitor", "device_name", "device"] as const;
const MONITOR_NAME_KEYS = ["monitor_name", "name", "descrip", "description"] as const;
const LOCATION_ID_KEYS = ["location_id", "obj_location", "loc_id"] as const;
/** Either an id (numeric) or the location's name. */
const LOCATION_KEYS = ["location"] as const;
const LOCATION_NAME_KEYS = ["location_name", "loc_name", "location_descrip"] as const;
const CODE_KEYS = ["last_status", "status", "status_code", "last_status_code"] as const;
const DESCRIPTION_KEYS = ["last_status_desc", "status_desc", "status_description", "info_msg"] as const;
const CHECKED_AT_KEYS = ["dt_last_status", "last_checked", "dt_last_check", "dt_status", "last_status_time"] as const;
const RESPONSE_KEYS = ["resptime_last", "last_response_time", "response_time", "resptime"] as const;
/** Where a monitor row may nest its per-location results. */
const NESTED_LOCATION_KEYS = ["locations", "location_status", "details"] as const;
const WRAPPER_KEYS = ["data", "report", "result", "sitestatus", "status"] as const;

type Identity = Pick<StatusRow, "monitorId" | "monitorName">;
type Place = Pick<StatusRow, "locationId" | "locationName">;

/** An id when the value is numeric, a name when it is other text. */
function idOrName(value: unknown): { id: string | null; name: string | null } {
  const id = looseId(value);
  return id !== null ? { id, name: null } : { id: null, name: looseText(value) };
}

function identityOf(record: Record<string, unknown>, fallbackId: string | null): Identity {
  const either = idOrName(firstPresent(record, MONITOR_KEYS));
  const monitorId = looseId(firstPresent(record, MONITOR_ID_KEYS)) ?? either.id ?? fallbackId;
  const monitorName = either.name ?? looseText(firstPresent(record, MONITOR_NAME_KEYS));
  return { monitorId, monitorName };
}

function placeOf(record: Record<string, unknown>): Place {
  const either = idOrName(firstPresent(record, LOCATION_KEYS));
  return {
    locationId: looseId(firstPresent(record, LOCATION_ID_KEYS)) ?? either.id,
    locationName: looseText(firstPresent(record, LOCATION_NAME_KEYS)) ?? either.name,
  };
}

function hasStatus(record: Record<string, unknown>): boolean {
  return firstPresent(record, [...CODE_KEYS, ...DESCRIPTION_KEYS, ...CHECKED_AT_KEYS]) !== undefined;
}

function resultOf(record: Record<string, unknown>): Omit<StatusRow, keyof Identity | keyof Place> {
  // "status" may also be a word ("OK", "Error"): only a number is a code.
  const code = looseInteger(firstPresent(record, CODE_KEYS));
  return {
    code,
    description: looseText(firstPresent(record, DESCRIPTION_KEYS)),
    checkedAt: looseDateTime(firstPresent(record, CHECKED_AT_KEYS)),
    responseSeconds: looseNumber(firstPresent(record, RESPONSE_KEYS)),
  };
}

function nestedLocations(record: Record<string, unknown>): Record<string, unknown>[] {
  for (const key of NESTED_LOCATION_KEYS) {
    const value = record[key];
    if (Array.isArray(value)) return value.filter(isPlainObject).filter(hasStatus);
  }
  return [];
}

/** The rows in one record: itself, or one per nested location (the monitor's own result too, when it has one). */
function rowsOf(record: unknown, fallbackId: string | null): StatusRow[] | undefined {
  if (!isPlainObject(record)) return undefined;
  const identity = identityOf(record, fallbackId);
  if (identity.monitorId === null && identity.monitorName === null) return undefined;
  const nested = nestedLocations(record).map((location) => ({
    ...identity,
    ...placeOf(location),
    ...resultOf(location),
  }));
  if (nested.length > 0) return nested;
  return [{ ...identity, ...placeOf(record), ...resultOf(record) }];
}

function fromRecords(records: readonly unknown[], fallbackId: string | null = null): StatusReport {
  const rows: StatusRow[] = [];
  let skipped = 0;
  for (const record of records) {
    const found = rowsOf(record, fallbackId);
    if (found === undefined) skipped += 1;
    else rows.push(...found);
  }
  return { rows, skipped };
}

/** `{"123456": {...}, "123457": [{...}, {...}]}`: results keyed by monitor id. */
function fromKeyedObject(body: Record<string, unknown>): StatusReport | undefined {
  const entries = Object.entries(body);
  if (entries.length === 0 || !entries.every(([key]) => looseId(key) !== null)) return undefined;
  const report: StatusReport = { rows: [], skipped: 0 };
  for (const [key, value] of entries) {
    const part = fromRecords(Array.isArray(value) ? value : [value], key);
    report.rows.push(...part.rows);
    report.skipped += part.skipped;
  }
  return report;
}

/** The report in any envelope tried here, or undefined when the body holds none. */
export function readStatusReport(body: unknown, depth = 0): StatusReport | undefined {
  const records = listRecords(body);
  if (records !== undefined) return fromRecords(records);
  if (!isPlainObject(body)) return undefined;
  if (Object.keys(body).length === 0) return { rows: [], skipped: 0 };
  const keyed = fromKeyedObject(body);
  if (keyed !== undefined) return keyed;
  // One monitor's result on its own (asked with ?monitors=ID).
  const single = rowsOf(body, null);
  if (single !== undefined && (hasStatus(body) || nestedLocations(body).length > 0))
    return { rows: single, skipped: 0 };
  if (depth > 1) return undefined;
  for (const key of WRAPPER_KEYS) {
    if (isPlainObject(body[key])) return readStatusReport(body[key], depth + 1);
  }
  return undefined;
}

/** The whole answer: unreadable (a bad response) only when nothing in it is a monitor's status. */
export const statusReportBodySchema = z.unknown().transform((body, context): StatusReport => {
  const report = readStatusReport(body);
  if (report !== undefined && (report.rows.length > 0 || report.skipped === 0)) return report;
  context.issues.push({ code: "custom", message: "Expected the monitors' status", input: body });
  return z.NEVER;
});
