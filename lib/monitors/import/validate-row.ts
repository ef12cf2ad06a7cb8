import { type MonitorCreateBody, monitorCreateSchema } from "../create-schema";
import { isMonitorFieldName, type MonitorFieldName } from "../field-names";
import { type ImportCells } from "./import-row";
import { rowInput } from "./row-input";

export type RowValidation = {
  /** The create body, when every cell passed the create schema. */
  values: MonitorCreateBody | undefined;
  /** The create schema's messages, by the cell they belong to. */
  problems: Partial<Record<MonitorFieldName, string[]>>;
};

/** One row through the create schema, the same check the create form and the create route make. */
export function validateRow(cells: ImportCells): RowValidation {
  const result = monitorCreateSchema.safeParse(rowInput(cells));
  if (result.success) return { values: result.data, problems: {} };
  const problems: Partial<Record<MonitorFieldName, string[]>> = {};
  for (const issue of result.error.issues) {
    const head = issue.path[0];
    // Every rule of the schema names its field; a message with none would be a new rule, shown on the name.
    const field: MonitorFieldName = typeof head === "string" && isMonitorFieldName(head) ? head : "name";
    const messages = (problems[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return { values: undefined, problems };
}

export function problemCount(validation: RowValidation): number {
  return Object.values(validation.problems).reduce((sum, messages) => sum + messages.length, 0);
}
