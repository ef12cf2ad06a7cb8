import autocannon from "autocannon";
import { summarize, type Summary } from "../lib/stats";

// Bounded load runs with autocannon. Latencies are collected from its per-response events and
// summarised exactly: its own histogram keeps whole milliseconds, too coarse for sub-millisecond paths.

export type LoadRequest = {
  url: string;
  method: "POST" | "PATCH";
  headers: Record<string, string>;
  body: string;
};

/** One run's raw figures. */
export type LoadSamples = {
  /** Latency of each 2xx response, milliseconds. */
  latencies: number[];
  seconds: number;
  /** Non-2xx responses, connection errors and timeouts: any of these makes the run suspect. */
  failures: number;
  firstBadStatus: number | undefined;
};

/** Several runs of one request and concurrency, pooled. */
export type LoadResult = {
  connections: number;
  rounds: number;
  seconds: number;
  /** Completed 2xx responses per second. */
  throughput: number;
  latency: Summary;
  /** p50 of each round alone: how much the figure moved during the run. */
  roundP50s: number[];
  ok: number;
  failures: number;
  /** The first unexpected status seen, for the report. */
  firstBadStatus: number | undefined;
};

export type LoadShape = {
  connections: number;
  seconds: number;
  /** Requests per second across all connections; unset: each connection sends as fast as it is answered. */
  overallRate?: number;
};

export function runLoad(request: LoadRequest, { connections, seconds, overallRate }: LoadShape): Promise<LoadSamples> {
  const latencies: number[] = [];
  let firstBadStatus: number | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: request.method,
        headers: request.headers,
        body: request.body,
        connections,
        duration: seconds,
        // Bounds the run even if the duration timer were starved: far above what 2 cores can serve.
        maxOverallRequests: Math.max(connections, Math.ceil(seconds * 20_000)),
        timeout: 10,
        pipelining: 1,
        ...(overallRate === undefined ? {} : { overallRate }),
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        resolve({
          latencies,
          seconds: result.duration,
          failures: result.non2xx + result.errors + result.timeouts,
          firstBadStatus,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else firstBadStatus ??= statusCode;
    });
  });
}

export function poolRuns(connections: number, runs: readonly LoadSamples[]): LoadResult {
  const latencies = runs.flatMap((run) => run.latencies);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    connections,
    rounds: runs.length,
    seconds,
    throughput: seconds > 0 ? latencies.length / seconds : Number.NaN,
    latency: summarize(latencies),
    roundP50s: runs.map((run) => summarize(run.latencies).p50),
    ok: latencies.length,
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    firstBadStatus: runs.find((run) => run.firstBadStatus !== undefined)?.firstBadStatus,
  };
}
