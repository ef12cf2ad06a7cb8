import { monitorShape } from "./field-rules";
import { MONITOR_FIELD_NAMES, type MonitorFieldName } from "./field-names";
import { formatFieldValue } from "./fields";
import { formValuesFromUpstream } from "./form-values";
import { schemeWithoutServer, storedValueNotAccepted } from "./messages";
import { type UpstreamMonitor } from "./upstream";
import { isBlank } from "./values";

export type StoredValueWarnings = Partial<Record<MonitorFieldName, string>>;

const createRules = monitorShape(() => "omit");
const SCHEME_ONLY = /^[a-z][a-z0-9+.-]*:\/\/$/i;

/**
 * The stored values the console would refuse on create (a scheme with no server, a note over its
 * limit, ...), each with a warning in plain words. The edit form shows them beside their fields
 * and still saves: a value the user does not touch is never checked or sent.
 */
export function storedValueWarnings(monitor: UpstreamMonitor): StoredValueWarnings {
  const values = formValuesFromUpstream(monitor);
  const warnings: StoredValueWarnings = {};
  for (const field of MONITOR_FIELD_NAMES) {
    const value = values[field];
    if (field === "email_password" || isBlank(value)) continue;
    const result = createRules[field].safeParse(value);
    if (result.success) continue;
    if ((field === "smtp_hostname" || field === "pop3_hostname") && typeof value === "string") {
      if (SCHEME_ONLY.test(value.trim())) {
        warnings[field] = schemeWithoutServer(field === "smtp_hostname" ? "smtp" : "pop3", value.trim());
        continue;
      }
    }
    const shown = typeof value === "string" ? `“${value.trim()}”` : formatFieldValue(field, value);
    warnings[field] = storedValueNotAccepted(shown, result.error.issues[0]?.message ?? "");
  }
  return warnings;
}
