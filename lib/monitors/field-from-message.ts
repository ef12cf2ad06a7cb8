import { isMonitorFieldName, type MonitorFieldName } from "./field-names";

// AlertSite's error messages name fields in prose: "Missing required field 'smtp_hostname'.",
// "Invalid value for 'locations': location 99 does not exist.", "email_username is too long".
// A quoted name is the surest sign; failing that, a bare token that is a snake_case field name;
// failing that, a bare single-word field name ("interval", "timeout"). Only whole tokens count:
// "email" never matches inside "email_username", nor "location" inside "locations".

const QUOTED = /['"`‘’“”]([A-Za-z_][A-Za-z0-9_]*)(?:[.[][^'"`‘’“”]*)?['"`‘’“”]/g;
const TOKEN = /(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_])/g;

function firstField(candidates: Iterable<string>): MonitorFieldName | undefined {
  for (const candidate of candidates) {
    if (isMonitorFieldName(candidate)) return candidate;
  }
  return undefined;
}

export function fieldFromMessage(message: string): MonitorFieldName | undefined {
  // A quoted path such as 'locations[0].id' or "custom_properties.1.value_id" names its first segment.
  const quoted = firstField(Array.from(message.matchAll(QUOTED), (match) => match[1] ?? ""));
  if (quoted) return quoted;
  const tokens = Array.from(message.matchAll(TOKEN), (match) => match[0]);
  return firstField(tokens.filter((token) => token.includes("_"))) ?? firstField(tokens);
}
