import { z } from "zod";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { decodeHistoryCursor } from "./cursor";
import {
  HISTORY_ACTIONS,
  HISTORY_OUTCOMES,
  type HistoryAction,
  type HistoryFilters,
  type HistoryOutcome,
} from "./entry";

// The activity page's view in the URL (/activity?person=dana@example.com&action=edit&from=2026-05-01)
// and the links pages offer for entries. Stable and shareable: every filter is a readable parameter.

export const MAX_SEARCH_LENGTH = 200;
const MAX_PERSON_LENGTH = 320;

export type ActivityView = {
  /** Words in the monitor's name or id, or the person's login. */
  q: string;
  /** The AlertSite login that made the change. */
  person: string;
  /** The monitor's id. */
  monitor: string;
  action: HistoryAction | "";
  outcome: HistoryOutcome | "";
  /** First day, YYYY-MM-DD (UTC), included. */
  from: string;
  /** Last day, YYYY-MM-DD (UTC), included. */
  to: string;
  /** One bulk action's items (its id). */
  bulk: string;
  /** Where the page starts: the `nextCursor` of the page before; "" for the newest. */
  cursor: string;
};

export const EMPTY_ACTIVITY_VIEW: ActivityView = {
  q: "",
  person: "",
  monitor: "",
  action: "",
  outcome: "",
  from: "",
  to: "",
  bulk: "",
  cursor: "",
};

type ParamReader = { get(name: string): string | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as typed in a date field, or "" when it is not one. */
function day(value: string | null): string {
  if (value === null || !DAY.test(value)) return "";
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : "";
}

function uuid(value: string | null): string {
  const id = (value ?? "").trim().toLowerCase();
  return z.uuid().safeParse(id).success ? id : "";
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | "" {
  return values.find((candidate) => candidate === value) ?? "";
}

/** The view a URL asks for; anything unknown or malformed is left out, never an error. */
export function parseActivityView(params: ParamReader): ActivityView {
  const monitor = (params.get("monitor") ?? "").trim();
  const cursor = params.get("cursor") ?? "";
  return {
    q: (params.get("q") ?? "").trim().slice(0, MAX_SEARCH_LENGTH),
    person: (params.get("person") ?? "").trim().slice(0, MAX_PERSON_LENGTH),
    monitor: isMonitorId(monitor) ? monitor : "",
    action: oneOf(HISTORY_ACTIONS, params.get("action")),
    outcome: oneOf(HISTORY_OUTCOMES, params.get("outcome")),
    from: day(params.get("from")),
    to: day(params.get("to")),
    bulk: uuid(params.get("bulk")),
    cursor: decodeHistoryCursor(cursor) ? cursor : "",
  };
}

/** Only what is set, in a fixed order, so one view has one address. */
export function activitySearchParams(view: ActivityView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["q", "person", "monitor", "action", "outcome", "from", "to", "bulk", "cursor"] as const) {
    if (view[key] !== "") params.set(key, view[key]);
  }
  return params;
}

export function activityHref(view: ActivityView, pathname = "/activity"): string {
  const search = activitySearchParams(view).toString();
  return search === "" ? pathname : `${pathname}?${search}`;
}

/** The CSV of every entry the view's filters match (not only the page shown). */
export function activityExportHref(view: ActivityView): string {
  return activityHref({ ...view, cursor: "" }, "/api/activity/export");
}

/** Whether any filter narrows the list (the cursor is not a filter). */
export function isFiltered(view: ActivityView): boolean {
  return (Object.keys(EMPTY_ACTIVITY_VIEW) as (keyof ActivityView)[]).some(
    (key) => key !== "cursor" && view[key] !== "",
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The database's filters for a view: days are whole UTC days, `to` included. */
export function activityFilters(view: ActivityView): HistoryFilters {
  const filters: HistoryFilters = {};
  if (view.q !== "") filters.search = view.q;
  if (view.person !== "") filters.actor = view.person;
  if (view.monitor !== "") filters.monitorId = view.monitor;
  if (view.action !== "") filters.action = view.action;
  if (view.outcome !== "") filters.outcome = view.outcome;
  if (view.bulk !== "") filters.bulkActionId = view.bulk;
  if (view.from !== "") filters.from = new Date(`${view.from}T00:00:00.000Z`);
  if (view.to !== "") filters.to = new Date(Date.parse(`${view.to}T00:00:00.000Z`) + DAY_MS);
  return filters;
}

/** An entry's stable address. */
export function entryHref(entryId: string): string {
  return `/activity/${encodeURIComponent(entryId)}`;
}

/** The edit form with the entry's change put back (see lib/history/undo.ts). */
export function undoHref(monitorId: string, entryId: string): string {
  return `/monitors/${encodeURIComponent(monitorId)}/edit?undo=${encodeURIComponent(entryId)}`;
}
