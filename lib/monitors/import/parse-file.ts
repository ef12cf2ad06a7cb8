import Papa from "papaparse";
import { MAX_BULK_ITEMS } from "@/lib/bulk/contract";
import { isMonitorFieldName, MONITOR_FIELD_NAMES, type MonitorFieldName } from "../field-names";
import { INFORMATION_COLUMNS } from "../export/columns";
import { joinList, pairCell } from "../export/list-cells";
import { emptyCells, type ImportRow } from "./import-row";

// A CSV or JSON file of monitors → rows of cells, before validation. Column names are the
// create schema's field names (the export's columns); the export's read-only columns (id, names)
// are passed over, other unknown columns are named in a notice and ignored.

export type ParsedFile =
  | {
      ok: true;
      rows: ImportRow[];
      /** The fields the file has a column (or a key) for. */
      columns: MonitorFieldName[];
      /** Things about the file as a whole the user should know, in plain words. */
      notices: string[];
    }
  | { ok: false; problem: string };

/** A file bigger than this is no list of monitors. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const BOM = "\uFEFF";
/** The export's formula guard (export/export-file.ts): a quote before = + - @ tab CR. */
const GUARDED_FORMULA = /^'(?=[=+\-@\t\r])/;

function columnKey(header: string): string {
  return header
    .replace(BOM, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function tooManyRows(count: number): ParsedFile {
  return {
    ok: false,
    problem: `The file has ${count.toLocaleString("en-US")} monitors; import at most ${MAX_BULK_ITEMS.toLocaleString("en-US")} at a time. Split it into smaller files.`,
  };
}

function noRows(): ParsedFile {
  return { ok: false, problem: "The file has no monitors in it: a header row and at least one row below it." };
}

function ignoredColumnsNotice(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const list = names.map((name) => `“${name}”`).join(", ");
  return [`These columns are not monitor fields and were ignored: ${list}. The template shows the column names.`];
}

function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === "");
}

export function parseCsv(text: string): ParsedFile {
  // One line end throughout: Papa guesses the file's line end once, and files pasted together mix them.
  const lines = (text.startsWith(BOM) ? text.slice(BOM.length) : text).replace(/\r\n?/g, "\n");
  const { data } = Papa.parse<string[]>(lines, {
    header: false,
    skipEmptyLines: false,
  });
  const headerIndex = data.findIndex((record) => !isBlankRecord(record));
  const header = data[headerIndex];
  if (!header) return noRows();

  const fieldAt = new Map<number, MonitorFieldName>();
  const ignored: string[] = [];
  const duplicated: string[] = [];
  header.forEach((name, index) => {
    const key = columnKey(name);
    if (isMonitorFieldName(key)) {
      if ([...fieldAt.values()].includes(key)) duplicated.push(key);
      else fieldAt.set(index, key);
    } else if (key !== "" && !INFORMATION_COLUMNS.some((column) => column === key)) {
      ignored.push(name.trim());
    }
  });
  if (fieldAt.size === 0) {
    return {
      ok: false,
      problem:
        "The first row names no monitor fields, so the columns can't be matched. Start from the template: its first row has the column names.",
    };
  }

  const rows: ImportRow[] = [];
  const longRows: number[] = [];
  data.forEach((record, index) => {
    if (index <= headerIndex || isBlankRecord(record)) return;
    const cells = emptyCells();
    for (const [column, field] of fieldAt) cells[field] = (record[column] ?? "").replace(GUARDED_FORMULA, "");
    if (record.length > header.length && !isBlankRecord(record.slice(header.length))) longRows.push(index + 1);
    rows.push({ row: index + 1, cells });
  });
  if (rows.length === 0) return noRows();
  if (rows.length > MAX_BULK_ITEMS) return tooManyRows(rows.length);

  const notices = [...ignoredColumnsNotice(ignored)];
  if (duplicated.length > 0) {
    notices.push(`These columns appear twice; the first of each was used: ${[...new Set(duplicated)].join(", ")}.`);
  }
  if (longRows.length > 0) {
    const list = longRows.slice(0, 10).join(", ") + (longRows.length > 10 ? ", …" : "");
    notices.push(`Some rows have more cells than the header has columns; the extra cells were ignored (rows ${list}).`);
  }
  return { ok: true, rows, columns: [...fieldAt.values()], notices };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One JSON value as a cell: lists of locations and custom properties as the CSV writes them. */
function jsonCell(field: MonitorFieldName, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && field === "locations") {
    return joinList(value.map((item) => jsonCell(field, isRecord(item) ? item.id : item)));
  }
  if (Array.isArray(value) && field === "custom_properties") {
    // The export lists a property without a value (value_id null) for its name; a create cannot set one.
    const set = value.filter((item) => !isRecord(item) || (item.value_id !== null && item.value_id !== undefined));
    return joinList(
      set.map((item) =>
        isRecord(item) ? pairCell(jsonCell(field, item.id), jsonCell(field, item.value_id)) : jsonCell(field, item),
      ),
    );
  }
  // Something no field holds: kept as text so the cell shows it and the schema says what is wrong.
  return JSON.stringify(value);
}

export function parseJson(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith(BOM) ? text.slice(BOM.length) : text);
  } catch {
    return { ok: false, problem: "The file is not valid JSON. Export it again, or use a CSV file." };
  }
  // The export's { "monitors": [...] }, or a bare list.
  const list = isRecord(json) ? json.monitors : json;
  if (!Array.isArray(list)) {
    return { ok: false, problem: 'The JSON file holds no list of monitors: expected [ … ] or { "monitors": [ … ] }.' };
  }
  if (list.length === 0) return noRows();
  if (list.length > MAX_BULK_ITEMS) return tooManyRows(list.length);

  const columns = new Set<MonitorFieldName>();
  const ignored = new Set<string>();
  const rows = list.map((item, index): ImportRow => {
    const cells = emptyCells();
    if (isRecord(item)) {
      for (const [key, value] of Object.entries(item)) {
        if (isMonitorFieldName(key)) {
          cells[key] = jsonCell(key, value);
          columns.add(key);
        } else if (!INFORMATION_COLUMNS.some((column) => column === key)) {
          ignored.add(key);
        }
      }
    }
    return { row: index + 1, cells };
  });
  const ordered = MONITOR_FIELD_NAMES.filter((field) => columns.has(field));
  return { ok: true, rows, columns: ordered, notices: ignoredColumnsNotice([...ignored]) };
}

/** By the file's name, else by its first character. */
export function parseImportFile(text: string, fileName: string): ParsedFile {
  const isJson = /\.json$/i.test(fileName) || (!/\.csv$/i.test(fileName) && /^\s*[[{]/.test(text.replace(BOM, "")));
  return isJson ? parseJson(text) : parseCsv(text);
}
