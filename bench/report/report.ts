import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BENCH } from "../config";
import { bulkRows } from "../bulk/rows";
import { type BulkFigures } from "../bulk/run-bulk";
import { listRows } from "../list/rows";
import { type ListFigures } from "../list/run-list";
import { type Outcome } from "../lib/outcome";
import { overheadRows } from "../overhead/rows";
import { type OverheadResults } from "../overhead/run-overhead";
import { pageRows } from "../pages/rows";
import { type PageFigures } from "../pages/run-pages";
import { renderTable, type Row } from "./rows";

/** Everything one `npm run bench` measured; what was not run is absent, what failed says why. */
export type BenchResults = {
  startedAt: string;
  seconds: number;
  machine: { cpus: number; node: string; loadAverageAtStart: number[] };
  build: Outcome<{ seconds: number }> | "skipped";
  /** Wall-clock seconds per phase (build, overhead, pages, list). */
  phaseSeconds: Record<string, number>;
  overhead?: Outcome<OverheadResults>;
  pages?: Outcome<PageFigures[]>;
  list?: Outcome<ListFigures[]>;
  bulk?: Outcome<BulkFigures>;
};

export function reportRows(results: BenchResults): Row[] {
  return [
    ...overheadRows(results.overhead),
    ...pageRows(results.pages),
    ...listRows(results.list),
    ...bulkRows(results.bulk),
  ];
}

/** One line about the run, then the one table of every figure. */
export function markdownReport(results: BenchResults, rows: readonly Row[]): string {
  const { machine } = results;
  const phases = Object.entries(results.phaseSeconds).map(([phase, seconds]) => `${phase} ${Math.round(seconds)} s`);
  const took = [...(results.build === "skipped" ? ["build skipped"] : []), ...phases].join(", ");
  return [
    `## npm run bench — ${results.startedAt}`,
    `${machine.cpus} cores, Node ${machine.node}, load average at start ` +
      `${machine.loadAverageAtStart.map((value) => value.toFixed(2)).join(" / ")}; took ${Math.round(results.seconds)} s (${took}).`,
    renderTable(rows),
  ].join("\n\n");
}

/**
 * Writes `bench-<time>.json` (every raw figure, and the rows) and `.md` (the table), and the same as
 * `latest.json` / `latest.md`; returns the JSON path.
 */
export function writeResults(results: BenchResults, rows: readonly Row[], markdown: string): string {
  mkdirSync(BENCH.resultsDir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, "-");
  const json = `${JSON.stringify({ ...results, rows }, null, 2)}\n`;
  const file = path.join(BENCH.resultsDir, `bench-${stamp}.json`);
  for (const [name, text] of [
    [`bench-${stamp}.json`, json],
    [`bench-${stamp}.md`, `${markdown}\n`],
    ["latest.json", json],
    ["latest.md", `${markdown}\n`],
  ] as const) {
    writeFileSync(path.join(BENCH.resultsDir, name), text);
  }
  return file;
}
