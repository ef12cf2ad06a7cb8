import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BENCH } from "../config";
import { type BenchResults, type TargetCheck } from "./results";

/** Writes `bench-<time>.json` and `.md`, and the same as `latest.json` / `latest.md`; returns the JSON path. */
export function writeResults(results: BenchResults, checks: readonly TargetCheck[], markdown: string): string {
  mkdirSync(BENCH.resultsDir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, "-");
  const json = `${JSON.stringify({ ...results, targets: checks }, null, 2)}\n`;
  const file = path.join(BENCH.resultsDir, `bench-${stamp}.json`);
  writeFileSync(file, json);
  writeFileSync(path.join(BENCH.resultsDir, `bench-${stamp}.md`), `${markdown}\n`);
  writeFileSync(path.join(BENCH.resultsDir, "latest.json"), json);
  writeFileSync(path.join(BENCH.resultsDir, "latest.md"), `${markdown}\n`);
  return file;
}
