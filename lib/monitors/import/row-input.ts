import { type MonitorFormValues } from "../create-schema";
import { splitList, splitPair } from "../export/list-cells";
import { type ImportCells } from "./import-row";

// A row's cells as the create schema's input: list cells split into their items, and the ways a
// spreadsheet spells yes and no (TRUE, Yes, 1) read as the schema's "true" and "false".

const BOOLEAN_FIELDS = [
  "enabled",
  "rotate_locations",
  "notify_on_error",
  "retry_on_failure",
  "allow_internal_testing",
] as const;

const YES = new Set(["true", "yes", "y", "1", "on"]);
const NO = new Set(["false", "no", "n", "0", "off"]);

function booleanText(cell: string): string {
  const text = cell.trim().toLowerCase();
  if (YES.has(text)) return "true";
  if (NO.has(text)) return "false";
  return cell;
}

export function rowInput(cells: ImportCells): MonitorFormValues {
  const input: MonitorFormValues = {
    ...cells,
    locations: splitList(cells.locations),
    custom_properties: splitList(cells.custom_properties).map((item) => {
      const { key, value } = splitPair(item);
      return { id: key, value_id: value };
    }),
  };
  for (const field of BOOLEAN_FIELDS) input[field] = booleanText(cells[field]);
  return input;
}
