import { type z } from "zod";
import { CROSS_FIELDS, type CrossFieldName, type MonitorFieldName } from "./field-names";
import { MESSAGES, timeoutTooLong, tooManyLocationsPerRun } from "./messages";
import { type UpstreamMonitor } from "./upstream";
import { parseIdOf } from "./values";

// Rules between fields: the time limit under the interval, the main location among the locations,
// locations per run at most the number of locations.

export type FieldIssue = { path: MonitorFieldName; message: string };

/** Where the rules read from: a monitor AlertSite returned, or a create or edit body. */
export type CrossFieldSource = Partial<Pick<UpstreamMonitor, CrossFieldName>>;

type CrossFieldValues = {
  interval?: number;
  timeout?: number;
  locations?: number[];
  home_location?: number;
  monitor_location_count?: number;
};

function readNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function readLocationIds(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids: number[] = [];
  for (const item of value) {
    const id = parseIdOf(item);
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids;
}

// Reads defensively: refinements also run when other fields failed, and then hold junk.
function readCrossFieldValues(source: CrossFieldSource): CrossFieldValues {
  const values: CrossFieldValues = {};
  const locations = readLocationIds(source.locations);
  if (locations !== undefined) values.locations = locations;
  for (const field of ["interval", "timeout", "home_location", "monitor_location_count"] as const) {
    const value = readNumber(source[field]);
    if (value !== undefined) values[field] = value;
  }
  return values;
}

type RuleIssue = FieldIssue & { involves: readonly CrossFieldName[] };

function crossFieldIssues(values: CrossFieldValues): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { interval, timeout, locations, home_location, monitor_location_count } = values;
  if (interval !== undefined && timeout !== undefined && timeout >= interval * 60) {
    issues.push({ path: "timeout", involves: ["timeout", "interval"], message: timeoutTooLong(interval) });
  }
  if (locations !== undefined && locations.length > 0) {
    if (home_location !== undefined && !locations.includes(home_location)) {
      issues.push({
        path: "home_location",
        involves: ["home_location", "locations"],
        message: MESSAGES.homeLocationNotChosen,
      });
    }
    if (monitor_location_count !== undefined && monitor_location_count > locations.length) {
      issues.push({
        path: "monitor_location_count",
        involves: ["monitor_location_count", "locations"],
        message: tooManyLocationsPerRun(locations.length),
      });
    }
  }
  return issues;
}

/** Every cross-field problem of a whole monitor (a create body). */
export function crossFieldProblems(body: CrossFieldSource): FieldIssue[] {
  return crossFieldIssues(readCrossFieldValues(body)).map(({ path, message }) => ({ path, message }));
}

function isSameCrossValue(a: number | number[] | undefined, b: number | number[] | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sorted = (ids: number[]) => [...ids].sort((x, y) => x - y).join(",");
    return sorted(a) === sorted(b);
  }
  return a === b;
}

/**
 * The cross-field rules applied to the values the monitor will have once `patch` is applied to
 * `current`. Only rules touching a field the patch changes are reported, so an inconsistency
 * already stored upstream does not block unrelated edits.
 */
export function validateEditAgainst(
  current: CrossFieldSource,
  patch: CrossFieldSource & Readonly<Record<string, unknown>>,
): FieldIssue[] {
  const before = readCrossFieldValues(current);
  const changes = readCrossFieldValues(patch);
  const after: CrossFieldValues = { ...before, ...changes };
  const changed = CROSS_FIELDS.filter((field) => field in changes && !isSameCrossValue(changes[field], before[field]));
  return crossFieldIssues(after)
    .filter((issue) => issue.involves.some((field) => changed.includes(field)))
    .map(({ path, message }) => ({ path, message }));
}

/** True when `patch` touches a field a cross-field rule reads. */
export function touchesCrossFields(patch: object): boolean {
  return CROSS_FIELDS.some((field) => field in patch);
}

// Run cross-field rules even when other fields have errors, so the form shows every problem at
// once; but not when the body is not an object at all.
export const alwaysRun = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};

export function addIssues(ctx: z.RefinementCtx, issues: readonly FieldIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
}
