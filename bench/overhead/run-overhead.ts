import { BENCH } from "../config";
import { attempt, type Outcome } from "../lib/outcome";
import { signIn } from "../lib/sign-in";
import { startConsole, startFastUpstream } from "../servers/start";
import { poolRuns, runLoad, type LoadResult, type LoadSamples } from "./load";
import { benchRequest, checkRequest, OPERATIONS, PATHS, type Operation, type RequestPath } from "./requests";
import { measureStepCosts, type StepCost } from "./step-costs";

/**
 * How the load is offered: one connection; 50 connections each sending as fast as answered (closed
 * loop: on 2 cores this saturates the server, so latency there is mostly queueing); and 50 connections
 * paced at half the slower path's saturated throughput, where p99 shows the handler's cost rather than
 * the length of the queue.
 */
export const LOAD_MODES = ["c1", "c50", "c50-paced"] as const;
export type LoadMode = (typeof LOAD_MODES)[number];

const CONNECTIONS: Readonly<Record<LoadMode, number>> = { c1: 1, c50: 50, "c50-paced": 50 };
const PACED_SHARE_OF_SATURATION = 0.5;
const WARM_UP_SECONDS = 1;
/** Each path's measured time is split into rounds that alternate with the other paths'. */
const ROUNDS = 3;

export type OverheadRun = {
  operation: Operation;
  path: RequestPath;
  mode: LoadMode;
  /** Requests per second offered, for the paced mode. */
  rate: number | undefined;
  result: LoadResult;
};

export type OverheadResults = {
  runs: OverheadRun[];
  /** The handlers and their steps timed in process, without the Next server. */
  stepCosts: Outcome<StepCost[]>;
  /** Paths that did not answer 2xx before the load, and why; their runs are skipped. */
  problems: string[];
};

type Measure = {
  operation: Operation;
  mode: LoadMode;
  paths: readonly RequestPath[];
  rate: number | undefined;
  cookie: string;
};

/** The paths take turns, ROUNDS times, so a noisy neighbour or a warming JIT skews them alike. */
async function measureMode({ operation, mode, paths, rate, cookie }: Measure): Promise<OverheadRun[]> {
  const shape = { connections: CONNECTIONS[mode], overallRate: rate };
  const samples = new Map<RequestPath, LoadSamples[]>(paths.map((path) => [path, []]));
  for (const path of paths)
    await runLoad(benchRequest(path, operation, cookie), { ...shape, seconds: WARM_UP_SECONDS });
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const path of paths) {
      samples
        .get(path)
        ?.push(await runLoad(benchRequest(path, operation, cookie), { ...shape, seconds: BENCH.loadSeconds / ROUNDS }));
    }
  }
  return paths.map((path) => ({
    operation,
    path,
    mode,
    rate,
    result: poolRuns(shape.connections, samples.get(path) ?? []),
  }));
}

function describe(run: OverheadRun): string {
  const { latency, throughput, failures } = run.result;
  const mode =
    run.rate === undefined ? `c=${run.result.connections}` : `c=${run.result.connections} at ${run.rate} req/s`;
  return (
    `  ${run.operation} ${run.path} ${mode}: p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms, ` +
    `${Math.round(throughput)} req/s${failures > 0 ? `, ${failures} failures` : ""}`
  );
}

/** Paths that answer 2xx to one request; the others are reported and left out of the load. */
async function workingPaths(operation: Operation, cookie: string, problems: string[]): Promise<RequestPath[]> {
  const working: RequestPath[] = [];
  for (const path of PATHS) {
    const { status, body } = await checkRequest(benchRequest(path, operation, cookie));
    if (status >= 200 && status < 300) working.push(path);
    else problems.push(`${operation} via ${path} answered ${status} before the load: ${body}`);
  }
  return working;
}

/** Create and edit through the console's handlers, a bare passthrough route and straight to a fast upstream. */
export async function runOverheadPhase(log: (line: string) => void): Promise<OverheadResults> {
  const upstream = await startFastUpstream();
  try {
    const consoleServer = await startConsole({ kind: "fast" });
    try {
      const cookie = (await signIn(BENCH.consoleOrigin, BENCH.user)).cookieHeader;
      const problems: string[] = [];
      const runs: OverheadRun[] = [];
      const record = (measured: OverheadRun[]) => {
        for (const run of measured) log(describe(run));
        runs.push(...measured);
      };
      for (const operation of OPERATIONS) {
        const paths = await workingPaths(operation, cookie, problems);
        record(await measureMode({ operation, mode: "c1", paths, rate: undefined, cookie }));
        const saturated = await measureMode({ operation, mode: "c50", paths, rate: undefined, cookie });
        record(saturated);
        const throughputs = saturated.filter((run) => run.path !== "direct").map((run) => run.result.throughput);
        const rate = Math.floor(PACED_SHARE_OF_SATURATION * Math.min(...throughputs));
        const pacedPaths = paths.filter((path) => path !== "direct");
        if (Number.isFinite(rate) && rate >= 1)
          record(await measureMode({ operation, mode: "c50-paced", paths: pacedPaths, rate, cookie }));
      }
      const stepCosts = await attempt("Handler step costs", 120_000, () => measureStepCosts(cookie));
      return { runs, stepCosts, problems };
    } finally {
      await consoleServer.stop();
    }
  } finally {
    await upstream.stop();
  }
}
