import { valueOf, type Outcome } from "../lib/outcome";
import { ratio } from "../lib/stats";
import { checked, figure, kib, measuredOr, ms, notMeasured, times, type Row } from "../report/rows";
import { LIST_SIZES, type ListFigures, type ListSize } from "./run-list";

export const TARGETS = { listUsableMs: 1_000, keystrokeMs: 50 } as const;
const TARGET_SIZE: ListSize = 10_000;

function sizeRows(figures: ListFigures): Row[] {
  const size = figures.monitors.toLocaleString("en");
  const isTargetSize = figures.monitors === TARGET_SIZE;
  const usable = valueOf(figures.load)?.painted.p50;
  const keystroke = valueOf(figures.search)?.updated.p50;
  const loadName = `${size} monitors: list usable (first row painted, warm, median of 3)`;
  const loadMeasured = measuredOr(
    figures.load,
    (load) =>
      `${ms(load.painted.p50, 0)} ms (HTML in ${ms(load.steps.documentMs, 0)}, list request starts ${ms(load.steps.apiStartMs, 0)}, ` +
      `list data in ${ms(load.steps.apiEndMs, 0)}; cold cache ${ms(load.coldMs, 0)} ms)`,
  );
  const searchName = `${size} monitors: search keystroke → rows (median of typing \`billing\` and erasing it, 14 keys)`;
  const searchMeasured = measuredOr(
    figures.search,
    (search) => `${ms(search.updated.p50)} ms (max ${ms(search.updated.max)}, → painted ${ms(search.painted.p50)} ms)`,
  );
  return [
    figure(
      `${size} monitors: GET /api/monitors p50 (10 sequential requests)`,
      measuredOr(
        figures.api,
        (api) =>
          `${ms(api.console.p50, 0)} ms (upstream alone ${ms(api.upstream.p50, 0)} ms; JSON ${kib(api.consoleBytes)} KiB)`,
      ),
    ),
    isTargetSize
      ? checked(
          loadName,
          `≤ ${TARGETS.listUsableMs} ms`,
          loadMeasured,
          usable,
          (value) => value <= TARGETS.listUsableMs,
        )
      : figure(loadName, loadMeasured),
    isTargetSize
      ? checked(
          searchName,
          `≤ ${TARGETS.keystrokeMs} ms`,
          searchMeasured,
          keystroke,
          (value) => value <= TARGETS.keystrokeMs,
        )
      : figure(searchName, searchMeasured),
  ];
}

/** Each step of the list's data alone in Node (fastest of 3), at every size. */
function stepRows(list: readonly ListFigures[]): Row[] {
  const bySize = LIST_SIZES.map((size) => valueOf(list.find((figures) => figures.monitors === size)?.steps));
  const names = bySize.find((steps) => steps !== undefined) ?? [];
  if (names.length === 0) return [figure("list steps", "not measured")];
  return names.map(({ side, step }) => {
    const costs = bySize.map((steps) => steps?.find((candidate) => candidate.step === step)?.ms);
    const perSize = LIST_SIZES.map((size, index) => `${size.toLocaleString("en")}: ${ms(costs[index])}`).join(", ");
    return figure(
      `list step (${side}): ${step}`,
      `${perSize} ms (1,000 → 10,000: ${times(ratio(costs[2], costs[1]))})`,
    );
  });
}

/** How each figure grows from 1,000 to 10,000 monitors: 10x the data, so about 10x is linear. */
function growthRows(list: readonly ListFigures[]): Row[] {
  const small = list.find((figures) => figures.monitors === 1_000);
  const large = list.find((figures) => figures.monitors === 10_000);
  const growth = (
    name: string,
    pick: (figures: ListFigures | undefined) => number | undefined,
    format: (value: number | undefined) => string = ms,
  ) => {
    const before = pick(small);
    const after = pick(large);
    return figure(
      `growth 1,000 → 10,000: ${name}`,
      `${format(before)} → ${format(after)} (${times(ratio(after, before))})`,
    );
  };
  return [
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
}

/** The list at 10, 1,000 and 10,000 monitors: API, browser, search, steps, growth. */
export function listRows(outcome: Outcome<ListFigures[]> | undefined): Row[] {
  if (!outcome?.ok) return notMeasured("List", outcome);
  const list = outcome.value;
  return [...list.flatMap(sizeRows), ...stepRows(list), ...growthRows(list)];
}
