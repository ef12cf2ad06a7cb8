import { pluralWord } from "@/lib/plural";
import { type HealthReport, type MonitorHealth, type MonitorState } from "./health";
import { type UpstreamMonitor } from "./upstream";

// A monitor's state as the pages show it, from the monitor and the status report read with it.

/** What a row or a page shows: AlertSite's state, or "unavailable" when the status call failed. */
export type ShownState = MonitorState | "unavailable";

export type MonitorStateView = { state: ShownState; health: MonitorHealth | null };

/**
 * The state to show for `monitor`. Monitoring off is Paused whatever the report says (the
 * monitor's own setting is the fresher fact after a pause or resume); a monitor the report leaves
 * out is Unknown; without a report only paused monitors can be told apart.
 */
export function monitorStateView(
  monitor: Pick<UpstreamMonitor, "id" | "enabled">,
  report: HealthReport | undefined,
): MonitorStateView {
  const health = report?.status === "available" ? (report.byId[monitor.id] ?? null) : null;
  if (monitor.enabled === false) return { state: "paused", health };
  if (report === undefined || report.status === "unavailable") return { state: "unavailable", health: null };
  if (health === null) return { state: "unknown", health: null };
  // The report may still say Paused just after a resume: until AlertSite checks again, it is Unknown.
  return { state: health.state === "paused" && monitor.enabled === true ? "unknown" : health.state, health };
}

export const STATE_LABELS: Readonly<Record<ShownState, string>> = {
  ok: "OK",
  failing: "Failing",
  paused: "Paused",
  unknown: "Unknown",
  unavailable: "Status unavailable",
};

/** Worst first, so sorting by state ascending puts what needs fixing on top. */
export const STATE_ORDER: Readonly<Record<ShownState, number>> = {
  failing: 0,
  unknown: 1,
  unavailable: 2,
  paused: 3,
  ok: 4,
};

export type StateCounts = Readonly<Record<ShownState, number>>;

export function countStates(states: Iterable<ShownState>): StateCounts {
  const counts: Record<ShownState, number> = { ok: 0, failing: 0, paused: 0, unknown: 0, unavailable: 0 };
  for (const state of states) counts[state] += 1;
  return counts;
}

/** "3 failing · 2 paused · 41 OK", with Unknown only when there are some; "" for no monitors. */
export function countsSummary(counts: StateCounts): string {
  const parts = [
    counts.failing > 0 ? `${counts.failing.toLocaleString("en")} failing` : null,
    counts.paused > 0 ? `${counts.paused.toLocaleString("en")} paused` : null,
    counts.ok > 0 ? `${counts.ok.toLocaleString("en")} OK` : null,
    counts.unknown > 0 ? `${counts.unknown.toLocaleString("en")} unknown` : null,
    counts.unavailable > 0
      ? `${counts.unavailable.toLocaleString("en")} ${pluralWord(counts.unavailable, "status", "statuses")} unavailable`
      : null,
  ];
  return parts.filter((part) => part !== null).join(" · ");
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "just now", "3 min ago", "2 h ago", "4 days ago"; a time ahead of the clock (skew) is "just now". */
export function timeAgo(iso: string, now: number): string | null {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  const elapsed = now - then;
  if (elapsed < MINUTE_MS) return "just now";
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  const days = Math.floor(elapsed / DAY_MS);
  return `${days} ${pluralWord(days, "day", "days")} ago`;
}

const exactFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "long" });
const utcFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" });

/** The exact time in the reader's time zone, e.g. "Mar 4, 2026, 10:15:00 AM GMT+1". */
export function exactTime(iso: string, { utc = false }: { utc?: boolean } = {}): string | null {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  return (utc ? utcFormat : exactFormat).format(then);
}
