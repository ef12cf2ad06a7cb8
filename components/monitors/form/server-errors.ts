import { type AlertMessage } from "@/components/form/form-alert";
import { type ConsoleApiError } from "@/lib/api/client/console-api-error";
import { type ApiError } from "@/lib/api/envelope";
import { fieldLabel } from "@/lib/monitors/fields";
import { isMonitorFieldName, type MonitorFieldName } from "@/lib/monitors/field-names";

export type FieldProblem = { field: MonitorFieldName; label: string; message: string };
export type ServerProblems = { fields: FieldProblem[]; general: AlertMessage[] };

function plainWords(entry: ApiError): string {
  return entry.action ? `${entry.message} ${entry.action}` : entry.message;
}

/** A field's message is one line of text: the plain words, then what AlertSite said. */
function fieldMessage(entry: ApiError): string {
  return entry.alertSite === undefined ? plainWords(entry) : `${plainWords(entry)} AlertSite said: ${entry.alertSite}`;
}

/** Splits the console's error envelope into messages for fields and messages for the form as a whole. */
export function splitServerErrors(error: ConsoleApiError): ServerProblems {
  const byField = new Map<MonitorFieldName, string[]>();
  const general: AlertMessage[] = [];
  for (const entry of error.errors) {
    const field = entry.field?.split(".")[0];
    if (field && isMonitorFieldName(field)) byField.set(field, [...(byField.get(field) ?? []), fieldMessage(entry)]);
    else
      general.push(
        entry.alertSite === undefined
          ? { text: plainWords(entry) }
          : { text: plainWords(entry), alertSite: entry.alertSite },
      );
  }
  const fields = [...byField].map(([field, messages]) => ({
    field,
    label: fieldLabel(field),
    message: messages.join(" "),
  }));
  return { fields, general };
}
