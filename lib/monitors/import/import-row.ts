import { MONITOR_FIELD_NAMES, type MonitorFieldName } from "../field-names";

// One row of an imported file: its number in the file and each field's cell as text, so a CSV row,
// a JSON object and a cell the user fixed are all the same thing.

export type ImportCells = Record<MonitorFieldName, string>;

export type ImportRow = {
  /** The row's number as a spreadsheet shows it (the header is row 1); a JSON file's monitors count from 1. */
  row: number;
  cells: ImportCells;
};

export function emptyCells(): ImportCells {
  const cells: Partial<ImportCells> = {};
  for (const field of MONITOR_FIELD_NAMES) cells[field] = "";
  return cells as ImportCells;
}
