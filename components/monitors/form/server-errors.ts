import { type ConsoleApiError } from "@/lib/api/client/console-api-error";
import { fieldLabel } from "@/lib/monitors/fields";
import { isMonitorFieldName, type MonitorFieldName } from "@/lib/monitors/field-names";

export type FieldProblem = { field: MonitorFieldName; label: string; message: string };
export type ServerProblems = { fields: FieldProblem[]; general: string[] };

/** Splits the console's error envelope into messages for fields and messages for the form as a whole. */
export function splitServerErrors(error: ConsoleApiError): ServerProblems {
  const byField = new Map<MonitorFieldName, string[]>();
  const general: string[] = [];
  for (const entry of error.errors) {
    const field = entry.field?.split(".")[0];
    if (field && isMonitorFieldName(field)) byField.set(field, [...(byField.get(field) ?? []), entry.message]);
    else general.push(entry.message);
  }
  const fields = [...byField].map(([field, messages]) => ({
    field,
    label: fieldLabel(field),
    message: messages.join(" "),
  }));
  return { fields, general };
}
