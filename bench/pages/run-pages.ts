import { type Browser } from "@playwright/test";
import { type LaunchedChrome } from "chrome-launcher";
import { BENCH } from "../config";
import { attempt, type Outcome } from "../lib/outcome";
import { signIn } from "../lib/sign-in";
import {
  launchLighthouseChrome,
  medianRun,
  PRESETS,
  runLighthouse,
  type LighthouseScores,
  type Preset,
} from "./lighthouse";
import { ALL_PAGES, type PageKey, type PageSpec } from "./page-specs";
import { visitPage, type PageVisit } from "./page-visit";

export type PageFigures = {
  key: PageKey;
  label: string;
  path: string;
  visit: Outcome<PageVisit>;
  lighthouse: Partial<Record<Preset, Outcome<LighthouseScores>>>;
};

const VISIT_TIME_LIMIT_MS = 90_000;
/** Lighthouse runs that would start after this long into the phase are skipped (and reported so). */
const LIGHTHOUSE_BUDGET_MS = 7 * 60_000;
const LIGHTHOUSE_TIME_LIMIT_MS = 120_000;

/**
 * Lighthouse `runs` times (mobile: BENCH_LIGHTHOUSE_RUNS, desktop: once), keeping the median run: its
 * performance score moves by several points between runs. A run that loses its trace on a busy
 * machine (NO_NAVSTART) is tried once more.
 */
async function lighthouseMedian(
  chrome: LaunchedChrome,
  spec: PageSpec,
  preset: Preset,
  { cookieHeader, deadline }: { cookieHeader: string; deadline: number },
): Promise<Outcome<LighthouseScores>> {
  const runs = preset === "mobile" ? BENCH.lighthouseMobileRuns : 1;
  const results: LighthouseScores[] = [];
  let lastFailure: Outcome<LighthouseScores> = {
    ok: false,
    reason: "Skipped: the pages phase had used its Lighthouse time budget.",
  };
  for (let run = 0; run < runs && Date.now() < deadline; run += 1) {
    const outcome = await attempt(
      `Lighthouse ${preset} ${spec.path}`,
      LIGHTHOUSE_TIME_LIMIT_MS,
      () => runLighthouse(chrome, spec, preset, cookieHeader),
      2,
    );
    if (outcome.ok) results.push(outcome.value);
    else lastFailure = outcome;
  }
  const median = medianRun(results);
  return median ? { ok: true, value: median } : lastFailure;
}

/** JavaScript and axe per page in Playwright's Chromium, then Lighthouse (mobile and desktop) per page. */
export async function runPagesPhase(
  browser: Browser,
  { withLighthouse, log }: { withLighthouse: boolean; log: (line: string) => void },
): Promise<PageFigures[]> {
  const deadline = Date.now() + LIGHTHOUSE_BUDGET_MS;
  const session = await signIn(BENCH.consoleOrigin, BENCH.user);
  const figures: PageFigures[] = [];
  for (const spec of ALL_PAGES) {
    const visit = await attempt(`Loading ${spec.path}`, VISIT_TIME_LIMIT_MS, () =>
      visitPage(browser, spec, session.cookie),
    );
    log(
      visit.ok
        ? `  ${spec.path}: ${(visit.value.gzipTotal / 1024).toFixed(1)} KiB gzip JS in ${visit.value.scripts.length} files, ${visit.value.violations.length} axe violations`
        : `  ${spec.path}: not measured (${visit.reason})`,
    );
    figures.push({ key: spec.key, label: spec.label, path: spec.path, visit, lighthouse: {} });
  }
  if (!withLighthouse) return figures;

  const chrome = await launchLighthouseChrome();
  try {
    for (const preset of PRESETS) {
      for (const spec of ALL_PAGES) {
        const scores = await lighthouseMedian(chrome, spec, preset, { cookieHeader: session.cookieHeader, deadline });
        const page = figures.find((candidate) => candidate.key === spec.key);
        if (page) page.lighthouse[preset] = scores;
        log(
          scores.ok
            ? `  Lighthouse ${preset} ${spec.path}: performance ${scores.value.performanceRuns.join(" / ")}, accessibility ${scores.value.accessibility}`
            : `  Lighthouse ${preset} ${spec.path}: not measured (${scores.reason})`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
