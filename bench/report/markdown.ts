import { mark, table } from "./format";
import { growthSection, listSection, listStepsSection } from "./list-sections";
import { overheadSection } from "./overhead-section";
import { javaScriptSection, lighthouseSection } from "./page-sections";
import { type BenchResults, type TargetCheck } from "./results";

// The report as Markdown: readable in a terminal, pasteable into the README or an issue.

function targetsSection(checks: readonly TargetCheck[]): string {
  return [
    "### Targets",
    table(
      ["target", "figure", "met"],
      checks.map((check) => [check.target, check.figure, mark(check.isMet)]),
    ),
  ].join("\n\n");
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
  return [
    header,
    overheadSection(results),
    javaScriptSection(results),
    lighthouseSection(results),
    listSection(results),
    listStepsSection(results),
    growthSection(results),
    targetsSection(checks),
  ].join("\n\n");
}
