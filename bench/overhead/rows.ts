import { type Outcome } from "../lib/outcome";
import { ratio } from "../lib/stats";
import { checked, figure, ms, notMeasured, times, whole, type Row } from "../report/rows";
import { OPERATIONS, PATH_LABELS, PATHS, type Operation } from "./requests";
import { LOAD_MODES, type LoadMode, type OverheadResults, type OverheadRun } from "./run-overhead";

export const TARGETS = { p50OverBare: 1.15, addedP99Ms: 5 } as const;

const MODE_NAMES: Readonly<Record<LoadMode, string>> = {
  c1: "1 conn.",
  c50: "50 conn.",
  "c50-paced": "50 conn. paced",
};

function modeLabel(mode: LoadMode, run: OverheadRun | undefined): string {
  return run?.rate === undefined ? MODE_NAMES[mode] : `${MODE_NAMES[mode]} at ${whole(run.rate)} req/s`;
}

function runRow(run: OverheadRun): Row {
  const { latency, throughput, roundP50s, failures } = run.result;
  return figure(
    `${run.operation}, ${modeLabel(run.mode, run)}, ${PATH_LABELS[run.path]}`,
    `p50 ${ms(latency.p50, 2)} ms, p99 ${ms(latency.p99, 2)} ms, ${whole(throughput)} req/s, ` +
      `p50 per round ${roundP50s.map((p50) => ms(p50)).join(" / ")} ms, ${whole(failures)} failures`,
  );
}

/** Console against the bare passthrough and against the upstream alone, with the targets. */
function ratioRows(runs: readonly OverheadRun[], operation: Operation, mode: LoadMode): Row[] {
  const find = (path: string) =>
    runs.find((run) => run.operation === operation && run.mode === mode && run.path === path);
  const consoleRun = find("console")?.result;
  const bare = find("bare")?.result;
  const direct = find("direct")?.result;
  const name = `${operation}, ${modeLabel(mode, find("console"))}`;
  const p50OverBare = ratio(consoleRun?.latency.p50, bare?.latency.p50);
  const addedP99 = consoleRun && bare ? consoleRun.latency.p99 - bare.latency.p99 : Number.NaN;
  return [
    mode === "c50-paced"
      ? figure(`${name}: console / bare p50`, times(p50OverBare))
      : checked(
          `${name}: console / bare p50`,
          `≤ ${TARGETS.p50OverBare}x`,
          times(p50OverBare),
          p50OverBare,
          (value) => value <= TARGETS.p50OverBare,
        ),
    mode === "c50-paced"
      ? checked(
          `${name}: console − bare p99`,
          `≤ ${TARGETS.addedP99Ms} ms`,
          `${ms(addedP99, 2)} ms`,
          addedP99,
          (value) => value <= TARGETS.addedP99Ms,
        )
      : figure(`${name}: console − bare p99`, `${ms(addedP99, 2)} ms`),
    figure(
      `${name}: console / direct p50, console / bare req/s`,
      `${times(ratio(consoleRun?.latency.p50, direct?.latency.p50))}, ${times(ratio(consoleRun?.throughput, bare?.throughput))}`,
    ),
  ];
}

/** Proxy overhead: every run, the ratios and targets, and the in-process handler and step costs. */
export function overheadRows(outcome: Outcome<OverheadResults> | undefined): Row[] {
  if (!outcome?.ok) return notMeasured("Proxy overhead", outcome);
  const { runs, stepCosts, problems } = outcome.value;
  const ordered = OPERATIONS.flatMap((operation) =>
    LOAD_MODES.flatMap((mode) =>
      PATHS.flatMap((path) =>
        runs.filter((run) => run.operation === operation && run.mode === mode && run.path === path),
      ),
    ),
  );
  const ratios = OPERATIONS.flatMap((operation) => LOAD_MODES.flatMap((mode) => ratioRows(runs, operation, mode)));
  const steps = stepCosts.ok
    ? stepCosts.value.map((step) => figure(`in process: ${step.step}`, `${step.microseconds.toFixed(1)} µs per call`))
    : notMeasured("in process: handler and step costs", stepCosts);
  return [
    ...ordered.map(runRow),
    ...ratios,
    ...steps,
    ...problems.map((problem) => figure("Proxy overhead: problem", problem)),
  ];
}
