/** AlertSite monitor ids are positive integers; the console carries them as strings. */
const MONITOR_ID = /^[1-9][0-9]{0,14}$/;

export function isMonitorId(value: unknown): value is string {
  return typeof value === "string" && MONITOR_ID.test(value);
}
