import { valueOf } from "../lib/outcome";
import { OPERATIONS } from "../overhead/requests";
import { PRESETS } from "../pages/lighthouse";
import { CONSOLE_PAGES } from "../pages/page-specs";
import { kib, ms, times, whole } from "./format";
import { lighthouseScores, listFigures, overheadRatios, pageVisit } from "./lookups";
import { type BenchResults, type TargetCheck } from "./results";

// The targets from issue 7, each checked against the figures (never failing the run).

export const TARGETS = {
  p50OverBare: 1.15,
  addedP99Ms: 5,
  extraJavaScriptBytes: 60 * 1024,
  mobilePerformance: 95,
  accessibility: 100,
  listUsableMs: 1_000,
  keystrokeMs: 50,
} as const;

function check(
  target: string,
  figure: string,
  value: number | undefined,
  isMet: (value: number) => boolean,
): TargetCheck {
  return { target, figure, isMet: value === undefined || !Number.isFinite(value) ? undefined : isMet(value) };
}

function overheadChecks(results: BenchResults): TargetCheck[] {
  const overhead = valueOf(results.overhead);
  return OPERATIONS.flatMap((operation) => {
    const p50Checks = (["c1", "c50"] as const).map((mode) => {
      const { consoleOverBareP50 } = overheadRatios(overhead, operation, mode);
      return check(
        `${operation}, ${mode === "c1" ? 1 : 50} conn.: console p50 ≤ ${TARGETS.p50OverBare}x bare passthrough`,
        times(consoleOverBareP50),
        consoleOverBareP50,
        (value) => value <= TARGETS.p50OverBare,
      );
    });
    const { addedP99Ms } = overheadRatios(overhead, operation, "c50-paced");
    const p99Check = check(
      `${operation}, 50 conn. paced below saturation: console p99 adds ≤ ${TARGETS.addedP99Ms} ms over bare passthrough`,
      `${ms(addedP99Ms)} ms`,
      addedP99Ms,
      (value) => value <= TARGETS.addedP99Ms,
    );
    return [...p50Checks, p99Check];
  });
}

function javaScriptChecks(results: BenchResults): TargetCheck[] {
  const bare = pageVisit(results, "bare")?.gzipTotal;
  return CONSOLE_PAGES.map((page) => {
    const total = pageVisit(results, page.key)?.gzipTotal;
    const extra = total === undefined || bare === undefined ? undefined : total - bare;
    return check(
      `${page.label}: JavaScript ≤ bare page + ${kib(TARGETS.extraJavaScriptBytes)} KiB gzip`,
      `+${kib(extra)} KiB`,
      extra,
      (value) => value <= TARGETS.extraJavaScriptBytes,
    );
  });
}

function lighthouseChecks(results: BenchResults): TargetCheck[] {
  return CONSOLE_PAGES.flatMap((page) => [
    check(
      `${page.label}: Lighthouse performance (mobile) ≥ ${TARGETS.mobilePerformance}`,
      whole(lighthouseScores(results, page.key, "mobile")?.performance),
      lighthouseScores(results, page.key, "mobile")?.performance,
      (value) => value >= TARGETS.mobilePerformance,
    ),
    ...PRESETS.map((preset) =>
      check(
        `${page.label}: Lighthouse accessibility (${preset}) = ${TARGETS.accessibility}`,
        whole(lighthouseScores(results, page.key, preset)?.accessibility),
        lighthouseScores(results, page.key, preset)?.accessibility,
        (value) => value >= TARGETS.accessibility,
      ),
    ),
  ]);
}

function axeChecks(results: BenchResults): TargetCheck[] {
  return CONSOLE_PAGES.map((page) => {
    const violations = pageVisit(results, page.key)?.violations;
    return check(
      `${page.label}: no axe violations`,
      violations === undefined
        ? "–"
        : violations.length === 0
          ? "0"
          : `${violations.length} (${violations.map((violation) => violation.id).join(", ")})`,
      violations?.length,
      (value) => value === 0,
    );
  });
}

function listChecks(results: BenchResults): TargetCheck[] {
  const largest = listFigures(results, 10_000);
  const usable = valueOf(largest?.load)?.painted.p50;
  const keystroke = valueOf(largest?.search)?.updated.p50;
  return [
    check(
      `10,000 monitors: list usable ≤ ${TARGETS.listUsableMs} ms`,
      `${ms(usable, 0)} ms`,
      usable,
      (value) => value <= TARGETS.listUsableMs,
    ),
    check(
      `10,000 monitors: search keystroke ≤ ${TARGETS.keystrokeMs} ms (median)`,
      `${ms(keystroke)} ms`,
      keystroke,
      (value) => value <= TARGETS.keystrokeMs,
    ),
  ];
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  return [
    ...overheadChecks(results),
    ...javaScriptChecks(results),
    ...lighthouseChecks(results),
    ...axeChecks(results),
    ...listChecks(results),
  ];
}
