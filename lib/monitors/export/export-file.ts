import Papa from "papaparse";
import { CSV_EXPORT_COLUMNS, type ExportColumn } from "./columns";
import { type ExportRecord } from "./export-records";
import { joinList, pairCell } from "./list-cells";
import { type ExportFormat } from "./export-request";

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so
 * such a cell is written with a leading ' (Excel, LibreOffice and Sheets show it as text and hide
 * the quote). Papa's own `escapeFormulae: true` misses values with a line break after the first
 * character; this pattern does not. The import takes the quote off again (import/parse-file.ts).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: string | number | boolean | undefined): string {
  return value === undefined ? "" : String(value);
}

function csvCells(record: ExportRecord): Record<ExportColumn, string> {
  const locations = record.locations ?? [];
  // A property with no value is nothing a create can set: only those with one are listed.
  const properties = (record.custom_properties ?? []).filter((property) => property.value_id !== null);
  return {
    id: record.id,
    billing_plancode: cellText(record.billing_plancode),
    name: cellText(record.name),
    smtp_hostname: cellText(record.smtp_hostname),
    pop3_hostname: cellText(record.pop3_hostname),
    email: cellText(record.email),
    email_username: cellText(record.email_username),
    enabled: cellText(record.enabled),
    interval: cellText(record.interval),
    timeout: cellText(record.timeout),
    locations: joinList(locations.map((location) => String(location.id))),
    location_names: joinList(locations.map((location) => location.name ?? `Location ${location.id}`)),
    home_location: cellText(record.home_location),
    mode: cellText(record.mode),
    rotate_locations: cellText(record.rotate_locations),
    monitor_location_count: cellText(record.monitor_location_count),
    notify_on_error: cellText(record.notify_on_error),
    retry_on_failure: cellText(record.retry_on_failure),
    note: cellText(record.note),
    alert_note: cellText(record.alert_note),
    allow_internal_testing: cellText(record.allow_internal_testing),
    custom_properties: joinList(
      properties.map((property) => pairCell(String(property.id), cellText(property.value_id ?? undefined))),
    ),
    custom_property_names: joinList(
      properties.map((property) => pairCell(property.name ?? `Property ${property.id}`, property.value ?? "")),
    ),
  };
}

/** A CSV with a header row of field names and CRLF line ends, every cell safe to open in a spreadsheet. */
export function exportCsv(records: readonly ExportRecord[]): string {
  return Papa.unparse(
    {
      fields: [...CSV_EXPORT_COLUMNS],
      data: records.map((record) => CSV_EXPORT_COLUMNS.map((c) => csvCells(record)[c])),
    },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}

/** JSON as the create schema reads it: `locations` and `custom_properties` keep their names beside their ids. */
export function exportJson(records: readonly ExportRecord[]): string {
  return `${JSON.stringify({ monitors: records }, null, 2)}\n`;
}

/** "alertsite-monitors-2026-12-02.csv": the day the export was made (UTC). */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `alertsite-monitors-${now.toISOString().slice(0, 10)}.${format}`;
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export function exportFile(format: ExportFormat, records: readonly ExportRecord[]): string {
  return format === "csv" ? exportCsv(records) : exportJson(records);
}
