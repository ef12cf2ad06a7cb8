import { type Outcome } from "../lib/outcome";

// Every figure the bench reports is one row: what it is, the target it is held to (if any), what was
// measured (formatted, with its unit) and whether the target was met. Each phase turns its figures into
// rows (overhead/rows.ts, pages/rows.ts, list/rows.ts); report.ts renders them as one table.

export type Row = {
  name: string;
  /** Empty when the figure has no target. */
  target: string;
  measured: string;
  /** undefined: no target, or not measured. */
  met: boolean | undefined;
};

export const MISSING = "–";

function isNumber(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

export function ms(value: number | undefined, digits = 1): string {
  return isNumber(value) ? value.toFixed(digits) : MISSING;
}

export function times(value: number | undefined): string {
  return isNumber(value) ? `${value.toFixed(2)}x` : MISSING;
}

export function kib(bytes: number | undefined): string {
  return isNumber(bytes) ? (bytes / 1024).toFixed(1) : MISSING;
}

export function whole(value: number | undefined): string {
  return isNumber(value) ? Math.round(value).toLocaleString("en") : MISSING;
}

/** The last path segment of a URL or path, e.g. `1vrs31w086j6v.js`. */
export function fileName(urlOrPath: string): string {
  return urlOrPath.split(/[?#]/)[0]?.split("/").pop() || urlOrPath;
}

/** A figure without a target. */
export function figure(name: string, measured: string): Row {
  return { name, target: "", measured, met: undefined };
}

/** A figure held to a target; `value` is what `isMet` judges (missing: not measured). */
export function checked(
  name: string,
  target: string,
  measured: string,
  value: number | undefined,
  isMet: (value: number) => boolean,
): Row {
  return { name, target, measured, met: isNumber(value) ? isMet(value) : undefined };
}

/** What was measured, or why it was not. */
export function measuredOr<T>(outcome: Outcome<T>, describe: (value: T) => string): string {
  return outcome.ok ? describe(outcome.value) : `not measured: ${outcome.reason}`;
}

/** One row saying why a whole phase (or part) has no figures. */
export function notMeasured(name: string, outcome: Outcome<unknown> | undefined): Row[] {
  if (outcome === undefined) return [figure(name, "not run (see --only)")];
  return outcome.ok ? [] : [figure(name, `not measured: ${outcome.reason}`)];
}

/** Table-safe: no pipes, line breaks or terminal colour codes (Playwright's errors carry them). */
function cell(text: string): string {
  return text
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/\|/g, "/")
    .replace(/\s*\n\s*/g, " ");
}

/** The one table: figure, target, measured, met. */
export function renderTable(rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const met = row.met === undefined ? (row.target ? MISSING : "") : row.met ? "✓" : "✗";
    return `| ${cell(row.name)} | ${cell(row.target)} | ${cell(row.measured)} | ${met} |`;
  });
  return ["| figure | target | measured | met |", "| --- | --- | --- | --- |", ...lines].join("\n");
}
