import { valueOf, type Outcome } from "../lib/outcome";
import { checked, figure, fileName, kib, MISSING, ms, notMeasured, whole, type Row } from "../report/rows";
import { PRESETS, type LighthouseScores } from "./lighthouse";
import { type PageVisit, type ScriptFile } from "./page-visit";
import { type PageFigures } from "./run-pages";

export const TARGETS = { extraJavaScriptBytes: 60 * 1024, mobilePerformance: 95, accessibility: 100 } as const;

function describeScript(script: ScriptFile): string {
  const contents = script.contains.length > 0 ? ` (${script.contains.join(" + ")})` : "";
  return `${fileName(script.path)} ${kib(script.gzipBytes)}${contents}`;
}

/** Scripts loaded until the page is ready (gzip -9 per file), against the bare page of the same build. */
function javaScriptRow(page: PageFigures, visit: PageVisit | undefined, bare: PageVisit | undefined): Row {
  const name = `${page.label} \`${page.path}\`: JavaScript, gzip`;
  if (!visit) return figure(name, page.visit.ok ? MISSING : `not measured: ${page.visit.reason}`);
  const barePaths = new Set(bare?.scripts.map((script) => script.path));
  const extra = visit.scripts.filter((script) => !barePaths.has(script.path)).slice(0, 3);
  const total = `${kib(visit.gzipTotal)} KiB in ${whole(visit.scripts.length)} files`;
  if (page.key === "bare" || !bare) return figure(name, total);
  const added = visit.gzipTotal - bare.gzipTotal;
  const largest =
    extra.length > 0 ? `; largest the bare page does not load: ${extra.map(describeScript).join(", ")}` : "";
  return checked(
    name,
    `≤ bare + ${kib(TARGETS.extraJavaScriptBytes)} KiB`,
    `+${kib(added)} KiB (${total}${largest})`,
    added,
    (value) => value <= TARGETS.extraJavaScriptBytes,
  );
}

function scoreRows(page: PageFigures, preset: (typeof PRESETS)[number], hasTargets: boolean): Row[] {
  const outcome: Outcome<LighthouseScores> | undefined = page.lighthouse[preset];
  const name = `${page.label}: Lighthouse ${preset}`;
  if (outcome === undefined) return [];
  if (!outcome.ok) return notMeasured(name, outcome);
  const scores = outcome.value;
  const runs = scores.performanceRuns.length > 1 ? ` (runs ${scores.performanceRuns.map(whole).join(" / ")})` : "";
  const failed = scores.failedAccessibilityAudits.join(", ");
  const accessibility = `${whole(scores.accessibility)}${failed ? `, failing: ${failed}` : ""}`;
  const perfTarget = hasTargets && preset === "mobile";
  return [
    perfTarget
      ? checked(
          `${name} performance`,
          `≥ ${TARGETS.mobilePerformance}`,
          `${whole(scores.performance)}${runs}`,
          scores.performance,
          (value) => value >= TARGETS.mobilePerformance,
        )
      : figure(`${name} performance`, `${whole(scores.performance)}${runs}`),
    hasTargets
      ? checked(
          `${name} accessibility`,
          `= ${TARGETS.accessibility}`,
          accessibility,
          scores.accessibility,
          (value) => value >= TARGETS.accessibility,
        )
      : figure(`${name} accessibility`, accessibility),
  ];
}

/** Why the mobile score is what it is: the LCP element and phases, and the busiest scripts. */
function diagnosisRow(page: PageFigures, bare: PageVisit | undefined): Row[] {
  const mobile = valueOf(page.lighthouse.mobile);
  if (!mobile) return [];
  const barePaths = new Set(bare?.scripts.map((script) => fileName(script.path)));
  const phases = mobile.lcpPhases.map((phase) => `${phase.phase} ${ms(phase.ms, 0)}`).join(", ") || MISSING;
  const scripts = mobile.busiestScripts.map((script) => {
    const name = fileName(script.url);
    return `${name}${barePaths.has(name) ? " (bare page too)" : ""} ${ms(script.scriptingMs, 0)}`;
  });
  return [
    figure(
      `${page.label}: Lighthouse mobile LCP and main thread (ms, simulated slow CPU)`,
      `LCP ${ms(mobile.metrics.lcp, 0)}, TBT ${ms(mobile.metrics.tbt, 0)}; LCP element ${mobile.lcpElement ?? MISSING}; ` +
        `phases ${phases}; busiest scripts ${scripts.join(", ") || MISSING}`,
    ),
  ];
}

function axeRow(page: PageFigures, visit: PageVisit | undefined): Row {
  const violations = visit?.violations;
  const measured =
    violations === undefined
      ? MISSING
      : `${violations.length}${violations.length > 0 ? ` (${violations.map((violation) => violation.id).join(", ")})` : ""}`;
  const name = `${page.label}: axe violations`;
  if (page.key === "bare") return figure(name, measured);
  return checked(name, "0", measured, violations?.length, (value) => value === 0);
}

/** JavaScript shipped, Lighthouse (mobile: median run) and axe, per page. */
export function pageRows(outcome: Outcome<PageFigures[]> | undefined): Row[] {
  if (!outcome?.ok) return notMeasured("Pages", outcome);
  const pages = outcome.value;
  const bare = valueOf(pages.find((page) => page.key === "bare")?.visit);
  const hasLighthouse = pages.some((page) => Object.keys(page.lighthouse).length > 0);
  const rows = pages.flatMap((page) => {
    const visit = valueOf(page.visit);
    const hasTargets = page.key !== "bare";
    return [
      javaScriptRow(page, visit, bare),
      axeRow(page, visit),
      ...PRESETS.flatMap((preset) => scoreRows(page, preset, hasTargets)),
      ...diagnosisRow(page, bare),
    ];
  });
  return hasLighthouse ? rows : [...rows, figure("Lighthouse", "not run (--no-lighthouse)")];
}
