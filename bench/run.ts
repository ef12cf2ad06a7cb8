import os from "node:os";
import { parseArgs } from "node:util";
import { assertBenchRoutesBuilt, buildBenchConsole } from "./lib/build";
import { launchBrowser } from "./lib/browser";
import { attempt, type Outcome } from "./lib/outcome";
import { killAllProcessesNow, stopAllProcesses } from "./lib/processes";
import { reasonOf } from "./lib/time-limit";
import { runBulkPhase } from "./bulk/run-bulk";
import { generatedMonitorsFor, LIST_SIZES, runListPhase, type ListFigures } from "./list/run-list";
import { runOverheadPhase } from "./overhead/run-overhead";
import { runPagesPhase, type PageFigures } from "./pages/run-pages";
import { markdownReport, reportRows, writeResults, type BenchResults } from "./report/report";
import { sandboxHandle } from "./servers/sandbox-handle";
import { startConsole } from "./servers/start";

// `npm run bench`: build the console (bench build), start it with its upstreams on 127.0.0.1, measure,
// print the report and write it to bench/results/. Missed targets never fail the run; only a run
// that could not measure anything exits non-zero. See bench/README.md.

const PHASES = ["overhead", "pages", "list", "bulk"] as const;
type Phase = (typeof PHASES)[number];

const USAGE = `npm run bench [-- --skip-build] [--only overhead,pages,list,bulk] [--no-lighthouse]`;

const PHASE_TIME_LIMIT_MS: Readonly<Record<Phase, number>> = {
  overhead: 5 * 60_000,
  // A safety net: the pages phase skips Lighthouse runs itself once past its own 7-minute budget.
  pages: 11 * 60_000,
  list: 6 * 60_000,
  bulk: 8 * 60_000,
};

function log(line: string): void {
  console.log(line);
}

function isPhase(value: string): value is Phase {
  return PHASES.some((phase) => phase === value);
}

function readArguments(): { skipBuild: boolean; phases: Set<Phase>; withLighthouse: boolean } {
  const { values } = parseArgs({
    options: {
      "skip-build": { type: "boolean", default: false },
      only: { type: "string" },
      "no-lighthouse": { type: "boolean", default: false },
    },
  });
  const requested = values.only?.split(",").map((phase) => phase.trim()) ?? [...PHASES];
  const unknown = requested.filter((phase) => !isPhase(phase));
  if (unknown.length > 0) throw new Error(`Unknown phase ${unknown.join(", ")}. Usage: ${USAGE}`);
  return {
    skipBuild: values["skip-build"],
    phases: new Set(requested.filter(isPhase)),
    withLighthouse: !values["no-lighthouse"],
  };
}

/** Runs one phase and records its wall-clock time in the results. */
type Timed = <T>(phase: string, work: () => Promise<T>) => Promise<T>;

/** Pages and list share one console on the sandbox (and one browser); the list restarts the sandbox per size. */
async function runBrowserPhases(
  phases: ReadonlySet<Phase>,
  withLighthouse: boolean,
  timed: Timed,
): Promise<{ pages?: Outcome<PageFigures[]>; list?: Outcome<ListFigures[]> }> {
  const sandbox = sandboxHandle();
  try {
    await sandbox.use(generatedMonitorsFor(10));
    const consoleServer = await startConsole({ kind: "sandbox" });
    try {
      const browser = await launchBrowser();
      try {
        const outcomes: { pages?: Outcome<PageFigures[]>; list?: Outcome<ListFigures[]> } = {};
        if (phases.has("pages")) {
          log("Pages: JavaScript, axe and Lighthouse (sandbox with 10 monitors)…");
          outcomes.pages = await timed("pages", () =>
            attempt("Pages", PHASE_TIME_LIMIT_MS.pages, () => runPagesPhase(browser, { withLighthouse, log })),
          );
        }
        if (phases.has("list")) {
          log("List: 10, 1,000 and 10,000 monitors…");
          outcomes.list = await timed("list", () =>
            attempt("List", PHASE_TIME_LIMIT_MS.list, () => runListPhase(browser, sandbox, { sizes: LIST_SIZES, log })),
          );
        }
        return outcomes;
      } finally {
        await browser.close();
      }
    } finally {
      await consoleServer.stop();
    }
  } finally {
    await sandbox.stop();
  }
}

async function main(): Promise<number> {
  const { skipBuild, phases, withLighthouse } = readArguments();
  const startedAt = new Date();
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    seconds: 0,
    machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart: os.loadavg() },
    build: "skipped",
    phaseSeconds: {},
  };
  const timed: Timed = async (phase, work) => {
    const phaseStartedAt = Date.now();
    try {
      return await work();
    } finally {
      results.phaseSeconds[phase] = (Date.now() - phaseStartedAt) / 1000;
    }
  };

  if (skipBuild) {
    assertBenchRoutesBuilt();
  } else {
    log("Building the console (bench build, CONSOLE_BENCH=1) into .next-bench…");
    const build = await timed("build", buildBenchConsole);
    results.build = { ok: true, value: build };
  }

  if (phases.has("overhead")) {
    log("Proxy overhead: direct, bare passthrough and console, at 1 and 50 connections…");
    results.overhead = await timed("overhead", () =>
      attempt("Proxy overhead", PHASE_TIME_LIMIT_MS.overhead, () => runOverheadPhase(log)),
    );
  }
  if (phases.has("pages") || phases.has("list")) {
    try {
      Object.assign(results, await runBrowserPhases(phases, withLighthouse, timed));
    } catch (error) {
      const failed = { ok: false as const, reason: reasonOf(error) };
      if (phases.has("pages")) results.pages = failed;
      if (phases.has("list")) results.list = failed;
    }
  }

  if (phases.has("bulk")) {
    log("Bulk: pausing 1,000 monitors on the sandbox through the bulk-action API…");
    results.bulk = await timed("bulk", () => attempt("Bulk", PHASE_TIME_LIMIT_MS.bulk, () => runBulkPhase(log)));
  }

  results.seconds = (Date.now() - startedAt.getTime()) / 1000;
  const rows = reportRows(results);
  const report = markdownReport(results, rows);
  console.log(`\n${report}\n`);
  console.log(`Figures written to ${writeResults(results, rows, report)} (and bench/results/latest.json, latest.md).`);

  const measured = [results.overhead, results.pages, results.list, results.bulk].filter((outcome) => outcome?.ok);
  return measured.length > 0 ? 0 : 1;
}

process.once("exit", killAllProcessesNow);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers the benchmark started…`);
    void stopAllProcesses().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(`The benchmark could not run: ${reasonOf(error)}`);
    return 1;
  })
  .then(async (code) => {
    await stopAllProcesses();
    process.exit(code);
  });
