import { ALL_PAGES } from "../pages/page-specs";
import { type ScriptFile } from "../pages/page-visit";
import { fileName, kib, MISSING, ms, notMeasured, table, whole } from "./format";
import { lighthouseScores, pageVisit } from "./lookups";
import { type BenchResults } from "./results";

function describeScript(script: ScriptFile): string {
  const name = fileName(script.path);
  const contents = script.contains.length > 0 ? ` (${script.contains.join(" + ")})` : "";
  return `${name} ${kib(script.gzipBytes)}${contents}`;
}

export function javaScriptSection(results: BenchResults): string {
  const skipped = notMeasured("JavaScript shipped", results.pages);
  if (skipped) return skipped;
  const bare = pageVisit(results, "bare");
  const barePaths = new Set(bare?.scripts.map((script) => script.path));
  const rows = ALL_PAGES.map((page) => {
    const visit = pageVisit(results, page.key);
    const extra = (visit?.scripts ?? []).filter((script) => !barePaths.has(script.path)).slice(0, 3);
    return [
      `${page.label} \`${page.path}\``,
      whole(visit?.scripts.length),
      kib(visit?.gzipTotal),
      page.key === "bare" || !visit || !bare ? MISSING : `+${kib(visit.gzipTotal - bare.gzipTotal)}`,
      extra.map(describeScript).join(", ") || MISSING,
    ];
  });
  return [
    "### JavaScript shipped (scripts loaded until the page is ready; gzip -9 per file)",
    table(["page", "files", "gzip KiB", "vs bare KiB", "largest files the bare page does not load (KiB gzip)"], rows),
  ].join("\n\n");
}

export function lighthouseSection(results: BenchResults): string {
  const skipped = notMeasured("Lighthouse and axe", results.pages);
  if (skipped) return skipped;
  const rows = ALL_PAGES.map((page) => {
    const mobile = lighthouseScores(results, page.key, "mobile");
    const desktop = lighthouseScores(results, page.key, "desktop");
    const violations = pageVisit(results, page.key)?.violations;
    const failed = [
      ...new Set([...(mobile?.failedAccessibilityAudits ?? []), ...(desktop?.failedAccessibilityAudits ?? [])]),
    ];
    const mobileRuns =
      mobile && mobile.performanceRuns.length > 1 ? ` (${mobile.performanceRuns.map(whole).join(" / ")})` : "";
    return [
      page.label,
      `${whole(mobile?.performance)}${mobileRuns}`,
      whole(desktop?.performance),
      whole(mobile?.accessibility),
      whole(desktop?.accessibility),
      ms(mobile?.metrics.lcp, 0),
      ms(mobile?.metrics.tbt, 0),
      violations === undefined ? MISSING : String(violations.length),
      [...failed, ...(violations ?? []).map((violation) => `axe:${violation.id}`)].join(", ") || MISSING,
    ];
  });
  return [
    "### Lighthouse (performance, accessibility) and axe (mobile: median run, every run's score in brackets)",
    table(
      [
        "page",
        "perf mobile",
        "perf desktop",
        "a11y mobile",
        "a11y desktop",
        "LCP mobile ms",
        "TBT mobile ms",
        "axe violations",
        "failing audits",
      ],
      rows,
    ),
    lighthouseDiagnosisSection(results),
  ].join("\n\n");
}

function lighthouseDiagnosisSection(results: BenchResults): string {
  const barePaths = new Set(pageVisit(results, "bare")?.scripts.map((script) => fileName(script.path)));
  const rows = ALL_PAGES.map((page) => {
    const mobile = lighthouseScores(results, page.key, "mobile");
    const phases = (mobile?.lcpPhases ?? []).map((phase) => `${phase.phase} ${ms(phase.ms, 0)}`).join(", ");
    const scripts = (mobile?.busiestScripts ?? []).map((script) => {
      const name = fileName(script.url);
      return `${name}${barePaths.has(name) ? " (bare page too)" : ""} ${ms(script.scriptingMs, 0)}`;
    });
    return [
      page.label,
      (mobile?.lcpElement ?? MISSING).replace(/\|/g, "/"),
      phases || MISSING,
      scripts.join(", ") || MISSING,
    ];
  });
  return [
    "Why (mobile run): the largest contentful paint and its phases, and the scripts busiest on the main thread (ms, simulated slow CPU):",
    table(["page", "LCP element", "LCP phases ms", "busiest scripts (evaluation ms)"], rows),
  ].join("\n\n");
}
