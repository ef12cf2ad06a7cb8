import { type StatusReport, type StatusRow } from "@/lib/alertsite/status-reads";
import { explainStatus, INTERNAL_CODES, OK_CODE } from "./health-explanations";
import { type HealthReport, type LocationStatus, type MonitorHealth, type MonitorState } from "./health";
import { type UpstreamMonitor } from "./upstream";

// From AlertSite's status rows and the monitors to the console's HealthReport: one MonitorHealth per
// monitor. A monitor with monitoring off is Paused whatever its last results said (they are still
// listed); one AlertSite said nothing about is Unknown; otherwise its worst location decides.

type HealthMonitor = Pick<UpstreamMonitor, "id" | "name" | "enabled" | "locations">;

/** A code's state: 0 is OK, any other is failing, except AlertSite's internal codes and no code at all. */
export function stateOfCode(code: number | null): MonitorState {
  if (code === null || INTERNAL_CODES.has(code)) return "unknown";
  return code === OK_CODE ? "ok" : "failing";
}

function locationStatus(row: StatusRow, monitor: HealthMonitor): LocationStatus {
  const named = monitor.locations?.find((location) => String(location.id) === row.locationId)?.name;
  return {
    locationId: row.locationId,
    locationName: row.locationName ?? named ?? null,
    state: stateOfCode(row.code),
    code: row.code,
    description: row.description,
    explanation: explainStatus(row.code, row.description),
    checkedAt: row.checkedAt,
    responseSeconds: row.responseSeconds,
  };
}

const latest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** One result per location (the newest, should AlertSite repeat one), in the order AlertSite sent them. */
function newestPerLocation(locations: readonly LocationStatus[]): LocationStatus[] {
  const byPlace = new Map<string, LocationStatus>();
  for (const location of locations) {
    const place = location.locationId ?? location.locationName ?? "";
    const seen = byPlace.get(place);
    if (!seen || latest(seen.checkedAt, location.checkedAt) !== seen.checkedAt) byPlace.set(place, location);
  }
  return [...byPlace.values()];
}

/** Failing if any location fails; else OK if any location is OK; else Unknown. */
export function monitorHealth(monitor: HealthMonitor, rows: readonly StatusRow[]): MonitorHealth {
  const locations = newestPerLocation(rows.map((row) => locationStatus(row, monitor)));
  const checkedAt = locations.reduce<string | null>((newest, location) => latest(newest, location.checkedAt), null);
  if (monitor.enabled === false) return { state: "paused", reason: null, checkedAt, locations };
  const failing = locations.find((location) => location.state === "failing");
  if (failing) return { state: "failing", reason: failing.explanation?.reason ?? null, checkedAt, locations };
  const state = locations.some((location) => location.state === "ok") ? "ok" : "unknown";
  return { state, reason: null, checkedAt, locations };
}

/**
 * Each monitor's health by id. A row names its monitor by id, or, when AlertSite gave only a name,
 * by a name exactly one of `monitors` has (a name two monitors share places nothing).
 */
export function buildHealthReport(report: StatusReport, monitors: readonly HealthMonitor[]): HealthReport {
  const ids = new Set(monitors.map((monitor) => monitor.id));
  const idByName = new Map<string, string | null>();
  for (const monitor of monitors) {
    if (!monitor.name) continue;
    idByName.set(monitor.name, idByName.has(monitor.name) ? null : monitor.id);
  }
  const rowsById = new Map<string, StatusRow[]>();
  for (const row of report.rows) {
    const id = row.monitorId ?? (row.monitorName === null ? null : (idByName.get(row.monitorName) ?? null));
    if (id === null || !ids.has(id)) continue;
    const rows = rowsById.get(id);
    if (rows) rows.push(row);
    else rowsById.set(id, [row]);
  }
  const byId: Record<string, MonitorHealth> = {};
  for (const monitor of monitors) byId[monitor.id] = monitorHealth(monitor, rowsById.get(monitor.id) ?? []);
  return { status: "available", byId };
}

/** The report when the status call failed or could not be read: the page still shows, saying so. */
export function unavailableHealth(message: string): HealthReport {
  return { status: "unavailable", message };
}
