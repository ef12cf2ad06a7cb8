import { LOCATIONS } from "./account";
import { outcomeOf } from "./health-rules";
import type { MonitorRecord } from "./monitor-record";

// `GET /report-sitestatus`: each monitor's latest result at each of its locations, by the rules in
// health-rules.ts. A monitor is "checked" at the start of its current interval, so the time moves on
// as a real one would. Disabled monitors report the result they had when they were paused.

/** One row as the sandbox sends it (the spellings seen in public client code). */
export type SiteStatusRow = {
  monitor: string;
  device_name: string;
  location: string;
  location_name: string;
  last_status: string;
  last_status_desc: string;
  dt_last_status: string;
  resptime_last: string;
  info_msg: string;
};

const locationNames = new Map(LOCATIONS.map((location) => [location.id, location.name]));

/** "2026-11-23 14:05:00", the way AlertSite's reports write times (in UTC here). */
export function reportTime(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace("T", " ");
}

/** When the monitor last ran: the start of its current interval, at the latest `now`. */
export function lastCheckedAt(monitor: MonitorRecord, now: number): number {
  const interval = Math.max(1, monitor.interval) * 60_000;
  return Math.floor(now / interval) * interval;
}

function rowsOf(monitor: MonitorRecord, now: number): SiteStatusRow[] {
  const outcome = outcomeOf(monitor);
  const checked = reportTime(lastCheckedAt(monitor, now));
  return monitor.locations.map((locationId, index) => ({
    monitor: String(monitor.id),
    device_name: monitor.name,
    location: String(locationId),
    location_name: locationNames.get(locationId) ?? `Location ${locationId}`,
    last_status: String(outcome.code),
    last_status_desc: outcome.description,
    dt_last_status: checked,
    // A steady, made-up response time per location: no result is measured here.
    resptime_last: outcome.code === 0 ? (1.2 + index * 0.35).toFixed(3) : "0.000",
    info_msg: outcome.code === 0 ? "" : outcome.description,
  }));
}

/** The rows for `monitors`, or only for the ids in `filter` (`?monitors=1,2,3`) when given. */
export function siteStatusRows(
  monitors: readonly MonitorRecord[],
  filter: ReadonlySet<number> | undefined,
  now: number,
): SiteStatusRow[] {
  return monitors
    .filter((monitor) => filter === undefined || filter.has(monitor.id))
    .flatMap((monitor) => rowsOf(monitor, now));
}

/** `?monitors=1,2,3` as a set of ids; undefined when absent (every monitor). Non-numeric entries name nothing. */
export function parseMonitorsFilter(value: string | null): ReadonlySet<number> | undefined {
  if (value === null || value.trim() === "") return undefined;
  return new Set(
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => /^\d{1,15}$/.test(entry))
      .map(Number),
  );
}
