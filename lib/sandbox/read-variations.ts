import type { MonitorView } from "./present";
import type { SiteStatusRow } from "./site-status";

/**
 * SANDBOX_READ_VARIATIONS: reads in the shapes AlertSite's documentation allows but the sandbox does
 * not otherwise send, for the logins named. Each monitor gets one variation, chosen by its id modulo
 * the number of variations, so tests know which monitor looks how (seed 123456 gets the first).
 */

type Variation = { name: string; vary: (monitor: MonitorView) => Record<string, unknown> };

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null)
    : [];
}

const numericString = (value: unknown) => (typeof value === "number" ? String(value) : value);
const flag = (value: unknown, yes: unknown, no: unknown) => (value === true ? yes : value === false ? no : value);

export const READ_VARIATIONS: readonly Variation[] = [
  {
    name: "numbers and the id as numeric strings",
    vary: (monitor) => ({
      ...monitor,
      id: String(monitor.id),
      interval: numericString(monitor.interval),
      timeout: numericString(monitor.timeout),
      home_location: numericString(monitor.home_location),
      monitor_location_count: numericString(monitor.monitor_location_count),
    }),
  },
  {
    name: "location and custom property ids as strings",
    vary: (monitor) => ({
      ...monitor,
      locations: records(monitor.locations).map((location) => ({ ...location, id: numericString(location.id) })),
      custom_properties: records(monitor.custom_properties).map((property) => ({
        ...property,
        id: numericString(property.id),
        value_id: numericString(property.value_id),
      })),
    }),
  },
  {
    name: "null arrays",
    vary: (monitor) => ({ ...monitor, locations: null, custom_properties: null, blackout_ids: null }),
  },
  {
    name: "numeric and string regions, a location without a name",
    vary: (monitor) => ({
      ...monitor,
      locations: records(monitor.locations).map(({ name, ...location }, index) =>
        index === 0 ? { ...location, region: 1 } : { ...location, name, region: String(location.region) },
      ),
    }),
  },
  {
    name: "fields the console has never seen",
    vary: (monitor) => ({
      ...monitor,
      ssl_certificate_check: { enabled: true, days_before_expiry: 14 },
      tags: ["mail", "round-trip"],
      last_status: 0,
    }),
  },
  {
    name: "booleans as strings and as 1/0",
    vary: (monitor) => ({
      ...monitor,
      enabled: flag(monitor.enabled, "true", "false"),
      rotate_locations: flag(monitor.rotate_locations, "Yes", "No"),
      notify_on_error: flag(monitor.notify_on_error, 1, 0),
      retry_on_failure: flag(monitor.retry_on_failure, "ON", "off"),
      allow_internal_testing: flag(monitor.allow_internal_testing, "1", "0"),
    }),
  },
  {
    // AlertSite's own create example: a scheme with no host.
    name: "AlertSite's create example hostnames",
    vary: (monitor) => ({ ...monitor, smtp_hostname: "smtps://", pop3_hostname: "pop3s://" }),
  },
  {
    name: "fields of an unexpected type",
    vary: (monitor) => ({ ...monitor, mode: ["Primary"], note: { text: monitor.note } }),
  },
];

/** The variation a monitor gets. */
export function readVariationOf(id: number): Variation {
  const variation = READ_VARIATIONS[id % READ_VARIATIONS.length];
  if (variation === undefined) throw new Error("No read variations defined.");
  return variation;
}

export function varyRead(monitor: MonitorView): Record<string, unknown> {
  return readVariationOf(monitor.id).vary(monitor);
}

/** Appended to every varied list: records no client can read, for the "could not be shown" count. */
export const UNREADABLE_RECORDS: readonly Record<string, unknown>[] = [
  { type: "email-round-trip", name: "A monitor without an id" },
  { id: "not-a-number", type: "email-round-trip", name: "A monitor whose id is not a number" },
];

/**
 * `GET /report-sitestatus` for varied logins: each call answers in the next of these shapes (the
 * envelope and field spellings AlertSite does not document), so a session meets them all.
 */
export const STATUS_SHAPES: readonly { name: string; shape: (rows: readonly SiteStatusRow[]) => unknown }[] = [
  { name: "a bare array of per-location rows, numbers as numbers", shape: (rows) => rows.map(asNumbers) },
  {
    name: "keyed by monitor id under data, epoch-second times",
    shape: (rows) => ({
      data: Object.fromEntries(
        groupByMonitor(rows).map(([id, group]) => [
          id,
          group.map(({ monitor: _id, ...row }) => ({ ...row, dt_last_status: epochSeconds(row.dt_last_status) })),
        ]),
      ),
    }),
  },
  {
    name: "one row per monitor with nested locations and ISO times",
    shape: (rows) => ({
      results: groupByMonitor(rows).map(([id, group]) => ({
        monitor_id: Number(id),
        monitor: group[0]?.device_name ?? "",
        locations: group.map((row) => ({
          location_id: Number(row.location),
          location_name: row.location_name,
          status: Number(row.last_status),
          status_desc: row.last_status_desc,
          last_checked: `${row.dt_last_status.replace(" ", "T")}Z`,
        })),
      })),
    }),
  },
  {
    name: "monitors named only by device_name, missing fields",
    shape: (rows) => ({
      results: rows.map(({ monitor: _id, resptime_last: _time, info_msg: _info, ...row }) => row),
    }),
  },
];

function asNumbers(row: SiteStatusRow): Record<string, unknown> {
  return {
    ...row,
    monitor: Number(row.monitor),
    location: Number(row.location),
    last_status: Number(row.last_status),
    resptime_last: Number(row.resptime_last),
  };
}

function epochSeconds(reportTime: string): number {
  return Math.floor(Date.parse(`${reportTime.replace(" ", "T")}Z`) / 1000);
}

function groupByMonitor(rows: readonly SiteStatusRow[]): [string, SiteStatusRow[]][] {
  const groups = new Map<string, SiteStatusRow[]>();
  for (const row of rows) groups.set(row.monitor, [...(groups.get(row.monitor) ?? []), row]);
  return [...groups];
}
