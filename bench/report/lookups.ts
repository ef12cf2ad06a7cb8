import { type ListFigures, type ListSize } from "../list/run-list";
import { valueOf } from "../lib/outcome";
import { ratio } from "../lib/stats";
import { type LoadResult } from "../overhead/load";
import { type Operation, type RequestPath } from "../overhead/requests";
import { type LoadMode, type OverheadResults, type OverheadRun } from "../overhead/run-overhead";
import { type LighthouseScores, type Preset } from "../pages/lighthouse";
import { type PageKey } from "../pages/page-specs";
import { type PageVisit } from "../pages/page-visit";
import { type PageFigures } from "../pages/run-pages";
import { type BenchResults } from "./results";

// Reading single figures out of the results; undefined wherever a figure was not measured.

export function overheadRun(
  overhead: OverheadResults | undefined,
  operation: Operation,
  path: RequestPath,
  mode: LoadMode,
): OverheadRun | undefined {
  return overhead?.runs.find((run) => run.operation === operation && run.path === path && run.mode === mode);
}

export function loadRun(
  overhead: OverheadResults | undefined,
  operation: Operation,
  path: RequestPath,
  mode: LoadMode,
): LoadResult | undefined {
  return overheadRun(overhead, operation, path, mode)?.result;
}

export type OverheadRatios = {
  consoleOverBareP50: number;
  consoleOverDirectP50: number;
  /** Console p99 minus bare p99, milliseconds. */
  addedP99Ms: number;
  consoleOverBareThroughput: number;
};

export function overheadRatios(
  overhead: OverheadResults | undefined,
  operation: Operation,
  mode: LoadMode,
): OverheadRatios {
  const consoleRun = loadRun(overhead, operation, "console", mode);
  const bare = loadRun(overhead, operation, "bare", mode);
  const direct = loadRun(overhead, operation, "direct", mode);
  return {
    consoleOverBareP50: ratio(consoleRun?.latency.p50, bare?.latency.p50),
    consoleOverDirectP50: ratio(consoleRun?.latency.p50, direct?.latency.p50),
    addedP99Ms: consoleRun && bare ? consoleRun.latency.p99 - bare.latency.p99 : Number.NaN,
    consoleOverBareThroughput: ratio(consoleRun?.throughput, bare?.throughput),
  };
}

export function pageFigures(results: BenchResults, key: PageKey): PageFigures | undefined {
  return valueOf(results.pages)?.find((page) => page.key === key);
}

export function pageVisit(results: BenchResults, key: PageKey): PageVisit | undefined {
  return valueOf(pageFigures(results, key)?.visit);
}

export function lighthouseScores(results: BenchResults, key: PageKey, preset: Preset): LighthouseScores | undefined {
  return valueOf(pageFigures(results, key)?.lighthouse[preset]);
}

export function listFigures(results: BenchResults, size: ListSize): ListFigures | undefined {
  return valueOf(results.list)?.find((figures) => figures.monitors === size);
}
