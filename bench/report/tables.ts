import { LIST_SIZES } from "../list/run-list";
import { valueOf, type Outcome } from "../lib/outcome";
import { ratio } from "../lib/stats";
import { OPERATIONS, PATH_LABELS, PATHS } from "../overhead/requests";
import { LOAD_MODES, type LoadMode, type OverheadRun } from "../overhead/run-overhead";
import { ALL_PAGES } from "../pages/page-specs";
import { type ScriptFile } from "../pages/page-visit";
import { fileName, kib, mark, MISSING, ms, table, times, whole } from "./format";
import { lighthouseScores, listFigures, overheadRatios, overheadRun, pageVisit } from "./lookups";
import { type BenchResults, type TargetCheck } from "./results";

// The report as Markdown: readable in a terminal, pasteable into the README or an issue.

function notMeasured(title: string, outcome: Outcome<unknown> | undefined): string | undefined {
  if (outcome === undefined) return `### ${title}\n\nNot run (see --only).`;
  if (!outcome.ok) return `### ${title}\n\nNot measured: ${outcome.reason}`;
  return undefined;
}

const MODE_NAMES: Readonly<Record<LoadMode, string>> = { c1: "1 conn.", c50: "50 conn.", "c50-paced": "50 conn. paced" };

function modeLabel(run: OverheadRun): string {
  return run.rate === undefined ? MODE_NAMES[run.mode] : `${MODE_NAMES[run.mode]} at ${whole(run.rate)} req/s`;
}

function overheadSection(results: BenchResults): string {
  const skipped = notMeasured("Proxy overhead", results.overhead);
  if (skipped) return skipped;
  const overhead = valueOf(results.overhead);
  const runs = OPERATIONS.flatMap((operation) =>
    LOAD_MODES.flatMap((mode) =>
      PATHS.flatMap((path) => {
        const run = overheadRun(overhead, operation, path, mode);
        if (!run) return [];
        const { result } = run;
        return [
          [
            operation,
            modeLabel(run),
            PATH_LABELS[path],
            ms(result.latency.p50, 2),
            ms(result.latency.p99, 2),
            whole(result.throughput),
            result.roundP50s.map((p50) => ms(p50, 1)).join(" / "),
            whole(result.failures),
          ],
        ];
      }),
    ),
  );
  const ratios = OPERATIONS.flatMap((operation) =>
    LOAD_MODES.map((mode) => {
      const figures = overheadRatios(overhead, operation, mode);
      const sample = overheadRun(overhead, operation, "console", mode);
      return [
        operation,
        sample ? modeLabel(sample) : MODE_NAMES[mode],
        times(figures.consoleOverBareP50),
        times(figures.consoleOverDirectP50),
        ms(figures.addedP99Ms, 2),
        times(figures.consoleOverBareThroughput),
      ];
    }),
  );
  const stepCosts = overhead?.stepCosts;
  const steps = (valueOf(stepCosts) ?? []).map((step) => [step.step, step.microseconds.toFixed(1)]);
  const stepsNote = stepCosts && !stepCosts.ok ? `\n\nNot measured: ${stepCosts.reason}` : "";
  const problems = overhead?.problems.length ? `\n\nProblems: ${overhead.problems.join("; ")}` : "";
  return [
    "### Proxy overhead (fast fake upstream; edit = rename only, one upstream call)",
    table(["operation", "load", "path", "p50 ms", "p99 ms", "req/s", "p50 per round ms", "failures"], runs),
    table(["operation", "load", "console / bare p50", "console / direct p50", "console − bare p99 (ms)", "console / bare req/s"], ratios),
    "The route handlers called in process without the Next server, one request at a time, and the console handler's steps alone (µs per call):",
    table(["handler or step", "µs per call"], steps) + stepsNote + problems,
  ].join("\n\n");
}

function describeScript(script: ScriptFile): string {
  const name = fileName(script.path);
  const contents = script.contains.length > 0 ? ` (${script.contains.join(" + ")})` : "";
  return `${name} ${kib(script.gzipBytes)}${contents}`;
}

function javaScriptSection(results: BenchResults): string {
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

function lighthouseSection(results: BenchResults): string {
  const skipped = notMeasured("Lighthouse and axe", results.pages);
  if (skipped) return skipped;
  const rows = ALL_PAGES.map((page) => {
    const mobile = lighthouseScores(results, page.key, "mobile");
    const desktop = lighthouseScores(results, page.key, "desktop");
    const violations = pageVisit(results, page.key)?.violations;
    const failed = [...new Set([...(mobile?.failedAccessibilityAudits ?? []), ...(desktop?.failedAccessibilityAudits ?? [])])];
    const mobileRuns = mobile && mobile.performanceRuns.length > 1 ? ` (${mobile.performanceRuns.map(whole).join(" / ")})` : "";
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
    table(["page", "perf mobile", "perf desktop", "a11y mobile", "a11y desktop", "LCP mobile ms", "TBT mobile ms", "axe violations", "failing audits"], rows),
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
    return [page.label, (mobile?.lcpElement ?? MISSING).replace(/\|/g, "/"), phases || MISSING, scripts.join(", ") || MISSING];
  });
  return [
    "Why (mobile run): the largest contentful paint and its phases, and the scripts busiest on the main thread (ms, simulated slow CPU):",
    table(["page", "LCP element", "LCP phases ms", "busiest scripts (evaluation ms)"], rows),
  ].join("\n\n");
}

function listSection(results: BenchResults): string {
  const skipped = notMeasured("The list at 10 / 1,000 / 10,000 monitors", results.list);
  if (skipped) return skipped;
  const rows = LIST_SIZES.map((size) => {
    const figures = listFigures(results, size);
    const api = valueOf(figures?.api);
    const load = valueOf(figures?.load);
    const search = valueOf(figures?.search);
    return [
      size.toLocaleString("en"),
      ms(api?.console.p50, 0),
      ms(api?.upstream.p50, 0),
      kib(api?.consoleBytes),
      ms(load?.steps.documentMs, 0),
      ms(load?.steps.apiStartMs, 0),
      ms(load?.steps.apiEndMs, 0),
      ms(load?.painted.p50, 0),
      ms(load?.coldMs, 0),
      ms(search?.updated.p50),
      ms(search?.updated.max),
      ms(search?.painted.p50),
    ];
  });
  return [
    "### The list at 10 / 1,000 / 10,000 monitors",
    table(
      [
        "monitors",
        "GET /api/monitors p50 ms",
        "upstream alone p50 ms",
        "JSON KiB",
        "HTML in ms",
        "list request starts ms",
        "list data in ms",
        "first row painted ms",
        "cold cache ms",
        "keystroke → rows p50 ms",
        "keystroke max ms",
        "keystroke → painted p50 ms",
      ],
      rows,
    ),
    "Browser times count from navigation start (warm cache, median of 3; cold = first visit). Keystrokes: typing `billing` and erasing it, 14 keys.",
  ].join("\n\n");
}

function listStepsSection(results: BenchResults): string {
  const bySize = LIST_SIZES.map((size) => valueOf(listFigures(results, size)?.steps));
  const names = bySize.find((steps) => steps !== undefined) ?? [];
  const rows = names.map(({ side, step }) => {
    const costs = bySize.map((steps) => steps?.find((candidate) => candidate.step === step)?.ms);
    return [side, step, ...costs.map((cost) => ms(cost)), times(ratio(costs[2], costs[1]))];
  });
  if (rows.length === 0) return "### Where the list's time goes\n\nNot measured.";
  return [
    "### Where the list's time goes (each step alone in Node, fastest of 3, ms)",
    table(["side", "step", ...LIST_SIZES.map((size) => size.toLocaleString("en")), "1,000 → 10,000"], rows),
  ].join("\n\n");
}

function growthSection(results: BenchResults): string {
  const small = listFigures(results, 1_000);
  const large = listFigures(results, 10_000);
  const growth = (label: string, pick: (figures: typeof small) => number | undefined, format: (value: number | undefined) => string = ms) => {
    const before = pick(small);
    const after = pick(large);
    return [label, format(before), format(after), times(ratio(after, before))];
  };
  const rows = [
    growth("GET /api/monitors p50 ms", (figures) => valueOf(figures?.api)?.console.p50),
    growth("upstream alone p50 ms", (figures) => valueOf(figures?.api)?.upstream.p50),
    growth("JSON KiB", (figures) => valueOf(figures?.api)?.consoleBytes, kib),
    growth("first row painted ms", (figures) => valueOf(figures?.load)?.painted.p50),
    growth("list data in → first row ms", (figures) => {
      const load = valueOf(figures?.load);
      return load ? load.painted.p50 - load.steps.apiEndMs : undefined;
    }),
    growth("keystroke → rows p50 ms", (figures) => valueOf(figures?.search)?.updated.p50),
  ];
  return ["### Cost growth from 1,000 to 10,000 monitors (10x the data; linear = 10x)", table(["figure", "1,000", "10,000", "growth"], rows)].join("\n\n");
}

function targetsSection(checks: readonly TargetCheck[]): string {
  return ["### Targets", table(["target", "figure", "met"], checks.map((check) => [check.target, check.figure, mark(check.isMet)]))].join("\n\n");
}

function phaseTimes(results: BenchResults): string {
  const phases = Object.entries(results.phaseSeconds).map(([phase, seconds]) => `${phase} ${Math.round(seconds)} s`);
  return [...(results.build === "skipped" ? ["build skipped"] : []), ...phases].join(", ");
}

export function markdownReport(results: BenchResults, checks: readonly TargetCheck[]): string {
  const { machine } = results;
  const header =
    `## npm run bench — ${results.startedAt}\n\n` +
    `${machine.cpus} cores, Node ${machine.node}, load average at start ${machine.loadAverageAtStart.map((value) => value.toFixed(2)).join(" / ")}; ` +
    `took ${Math.round(results.seconds)} s (${phaseTimes(results)}).`;
  return [header, overheadSection(results), javaScriptSection(results), lighthouseSection(results), listSection(results), listStepsSection(results), growthSection(results), targetsSection(checks)].join(
    "\n\n",
  );
}
