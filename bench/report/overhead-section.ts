import { valueOf } from "../lib/outcome";
import { OPERATIONS, PATH_LABELS, PATHS } from "../overhead/requests";
import { LOAD_MODES, type LoadMode, type OverheadRun } from "../overhead/run-overhead";
import { ms, notMeasured, table, times, whole } from "./format";
import { overheadRatios, overheadRun } from "./lookups";
import { type BenchResults } from "./results";

const MODE_NAMES: Readonly<Record<LoadMode, string>> = {
  c1: "1 conn.",
  c50: "50 conn.",
  "c50-paced": "50 conn. paced",
};

function modeLabel(run: OverheadRun): string {
  return run.rate === undefined ? MODE_NAMES[run.mode] : `${MODE_NAMES[run.mode]} at ${whole(run.rate)} req/s`;
}

export function overheadSection(results: BenchResults): string {
  const skipped = notMeasured("Proxy overhead", results.overhead);
  if (skipped) return skipped;
  const overhead = valueOf(results.overhead);
  const runs = OPERATIONS.flatMap((operation) =>
    LOAD_MODES.flatMap((mode) =>
      PATHS.flatMap((path) => {
        const run = overheadRun(overhead, operation, path, mode);
        if (!run) return [];
        const { result } = run;
        return [
          [
            operation,
            modeLabel(run),
            PATH_LABELS[path],
            ms(result.latency.p50, 2),
            ms(result.latency.p99, 2),
            whole(result.throughput),
            result.roundP50s.map((p50) => ms(p50, 1)).join(" / "),
            whole(result.failures),
          ],
        ];
      }),
    ),
  );
  const ratios = OPERATIONS.flatMap((operation) =>
    LOAD_MODES.map((mode) => {
      const figures = overheadRatios(overhead, operation, mode);
      const sample = overheadRun(overhead, operation, "console", mode);
      return [
        operation,
        sample ? modeLabel(sample) : MODE_NAMES[mode],
        times(figures.consoleOverBareP50),
        times(figures.consoleOverDirectP50),
        ms(figures.addedP99Ms, 2),
        times(figures.consoleOverBareThroughput),
      ];
    }),
  );
  const stepCosts = overhead?.stepCosts;
  const steps = (valueOf(stepCosts) ?? []).map((step) => [step.step, step.microseconds.toFixed(1)]);
  const stepsNote = stepCosts && !stepCosts.ok ? `\n\nNot measured: ${stepCosts.reason}` : "";
  const problems = overhead?.problems.length ? `\n\nProblems: ${overhead.problems.join("; ")}` : "";
  return [
    "### Proxy overhead (fast fake upstream; edit = rename only, one upstream call)",
    table(["operation", "load", "path", "p50 ms", "p99 ms", "req/s", "p50 per round ms", "failures"], runs),
    table(
      [
        "operation",
        "load",
        "console / bare p50",
        "console / direct p50",
        "console − bare p99 (ms)",
        "console / bare req/s",
      ],
      ratios,
    ),
    "The route handlers called in process without the Next server, one request at a time, and the console handler's steps alone (µs per call):",
    table(["handler or step", "µs per call"], steps) + stepsNote + problems,
  ].join("\n\n");
}
