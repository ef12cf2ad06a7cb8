import { LIST_SIZES } from "../list/run-list";
import { valueOf } from "../lib/outcome";
import { ratio } from "../lib/stats";
import { kib, ms, notMeasured, table, times } from "./format";
import { listFigures } from "./lookups";
import { type BenchResults } from "./results";

export function listSection(results: BenchResults): string {
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

export function listStepsSection(results: BenchResults): string {
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

export function growthSection(results: BenchResults): string {
  const small = listFigures(results, 1_000);
  const large = listFigures(results, 10_000);
  const growth = (
    label: string,
    pick: (figures: typeof small) => number | undefined,
    format: (value: number | undefined) => string = ms,
  ) => {
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
  return [
    "### Cost growth from 1,000 to 10,000 monitors (10x the data; linear = 10x)",
    table(["figure", "1,000", "10,000", "growth"], rows),
  ].join("\n\n");
}
