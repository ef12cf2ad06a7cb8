import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch, type LaunchedChrome } from "chrome-launcher";
import { z } from "zod";
import { BENCH, CHROMIUM_ARGS, chromiumPath, ROOT } from "../config";
import { runToCompletion } from "../lib/processes";
import { type PageSpec } from "./page-specs";

// Lighthouse's own presets: mobile (its default: Moto G Power, simulated slow 4G and 4x CPU slowdown)
// and desktop, each run by Lighthouse's CLI in plain Node against one Chromium started here with
// chrome-launcher. (Not in this process: tsx would compile Lighthouse's in-page functions with
// helpers the page does not have.) Signed-in pages get the session cookie as an extra header.

export const PRESETS = ["mobile", "desktop"] as const;
export type Preset = (typeof PRESETS)[number];

export type LighthouseScores = {
  performance: number | undefined;
  accessibility: number | undefined;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp?: number; lcp?: number; tbt?: number; cls?: number; speedIndex?: number };
  /** Accessibility audits that failed, by id. */
  failedAccessibilityAudits: string[];
  /** What the largest contentful paint was, and how its time splits (TTFB, load delay, load time, render delay). */
  lcpElement: string | undefined;
  lcpPhases: { phase: string; ms: number }[];
  /** The scripts that kept the main thread busiest (their own evaluation time, ms), busiest first. */
  busiestScripts: { url: string; scriptingMs: number }[];
  /** Performance scores of every run of this page and preset; the other figures are the median run's. */
  performanceRuns: (number | undefined)[];
};

const LIGHTHOUSE_CLI = path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js");
const RUN_TIME_LIMIT_MS = 90_000;

/** Audit details are loosely typed in Lighthouse's JSON: read only the bits the report shows. */
const lcpDetailsSchema = z.object({
  items: z.array(
    z.object({
      items: z.array(
        z.object({
          node: z.object({ nodeLabel: z.string().optional(), snippet: z.string().optional() }).optional(),
          phase: z.string().optional(),
          timing: z.number().optional(),
        }),
      ),
    }),
  ),
});
const bootupDetailsSchema = z.object({ items: z.array(z.object({ url: z.string(), scripting: z.number() })) });

const categorySchema = z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string() })) });
const reportSchema = z.object({
  runtimeError: z.object({ message: z.string() }).optional(),
  categories: z.object({ performance: categorySchema.optional(), accessibility: categorySchema.optional() }),
  audits: z.record(
    z.string(),
    z.object({
      score: z.number().nullable(),
      scoreDisplayMode: z.string(),
      numericValue: z.number().optional(),
      details: z.unknown().optional(),
    }),
  ),
});
type Report = z.infer<typeof reportSchema>;

export function launchLighthouseChrome(): Promise<LaunchedChrome> {
  return launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS], logLevel: "silent" });
}

function score(value: number | null | undefined): number | undefined {
  return value === null || value === undefined ? undefined : Math.round(value * 100);
}

function lcpDiagnosis(report: Report): Pick<LighthouseScores, "lcpElement" | "lcpPhases"> {
  const details = lcpDetailsSchema.safeParse(report.audits["largest-contentful-paint-element"]?.details);
  const rows = details.success ? details.data.items.flatMap((table) => table.items) : [];
  const node = rows.find((row) => row.node)?.node;
  return {
    lcpElement: node?.nodeLabel ?? node?.snippet,
    lcpPhases: rows.flatMap((row) =>
      row.phase !== undefined && row.timing !== undefined ? [{ phase: row.phase, ms: row.timing }] : [],
    ),
  };
}

function busiestScripts(report: Report): LighthouseScores["busiestScripts"] {
  const details = bootupDetailsSchema.safeParse(report.audits["bootup-time"]?.details);
  if (!details.success) return [];
  return details.data.items
    .map((item) => ({ url: item.url, scriptingMs: item.scripting }))
    .sort((a, b) => b.scriptingMs - a.scriptingMs)
    .slice(0, 3);
}

function scoresOf(report: Report): LighthouseScores {
  const { accessibility, performance } = report.categories;
  const metric = (auditId: string) => report.audits[auditId]?.numericValue;
  return {
    performance: score(performance?.score),
    accessibility: score(accessibility?.score),
    metrics: {
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      speedIndex: metric("speed-index"),
    },
    failedAccessibilityAudits: (accessibility?.auditRefs ?? []).flatMap(({ id }) => {
      const audit = report.audits[id];
      const hasFailed = audit?.scoreDisplayMode === "binary" && audit.score !== null && audit.score < 1;
      return hasFailed ? [id] : [];
    }),
    ...lcpDiagnosis(report),
    busiestScripts: busiestScripts(report),
    performanceRuns: [score(performance?.score)],
  };
}

/** The run with the median performance score (the lower middle of an even count), with every run's score. */
export function medianRun(runs: readonly LighthouseScores[]): LighthouseScores | undefined {
  const sorted = [...runs].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return median && { ...median, performanceRuns: runs.map((run) => run.performance) };
}

export async function runLighthouse(
  chrome: LaunchedChrome,
  spec: PageSpec,
  preset: Preset,
  cookieHeader: string | undefined,
): Promise<LighthouseScores> {
  // Files, not arguments: the session cookie stays out of the process list.
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-lighthouse-"));
  try {
    const reportFile = path.join(dir, "report.json");
    const headersFile = path.join(dir, "headers.json");
    const args = [
      LIGHTHOUSE_CLI,
      `${BENCH.consoleOrigin}${spec.path}`,
      `--port=${chrome.port}`,
      "--output=json",
      `--output-path=${reportFile}`,
      "--only-categories=performance,accessibility",
      "--disable-full-page-screenshot",
      "--no-enable-error-reporting",
      "--quiet",
    ];
    if (preset === "desktop") args.push("--preset=desktop");
    if (spec.isSignedIn && cookieHeader) {
      writeFileSync(headersFile, JSON.stringify({ Cookie: cookieHeader }), { mode: 0o600 });
      args.push(`--extra-headers=${headersFile}`);
    }
    const run = await runToCompletion(
      {
        name: `lighthouse ${preset} ${spec.path}`,
        command: process.execPath,
        args,
        cwd: ROOT,
        env: { ...process.env, CHROME_PATH: chromiumPath() },
      },
      RUN_TIME_LIMIT_MS,
    );
    if (run.hasTimedOut) throw new Error(`Lighthouse took longer than ${RUN_TIME_LIMIT_MS / 1000} s`);
    if (run.code !== 0) throw new Error(`Lighthouse exited ${run.code}: ${run.output.slice(-500)}`);
    const report = reportSchema.parse(JSON.parse(readFileSync(reportFile, "utf8")));
    if (report.runtimeError) throw new Error(report.runtimeError.message);
    return scoresOf(report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
