import { type Browser } from "@playwright/test";
import { seedMonitors } from "@/lib/sandbox/seed-monitors";
import { BENCH } from "../config";
import { attempt, type Outcome } from "../lib/outcome";
import { signIn } from "../lib/sign-in";
import { type SandboxHandle } from "../servers/sandbox-handle";
import { measureListApi, type ApiTiming } from "./api-timing";
import { measureListLoad, measureListSearch, type ListLoad, type ListSearch } from "./browser-timing";
import { measureListStepCosts, type ListStepCost } from "./list-step-costs";

/** Round-trip monitors in the account; 10 is the sandbox's seeds plus a few generated ones. */
export const LIST_SIZES = [10, 1_000, 10_000] as const;
export type ListSize = (typeof LIST_SIZES)[number];

export type ListFigures = {
  monitors: ListSize;
  api: Outcome<ApiTiming>;
  load: Outcome<ListLoad>;
  search: Outcome<ListSearch>;
  steps: Outcome<ListStepCost[]>;
};

const STEP_TIME_LIMIT_MS = 120_000;

const SEED_ROUND_TRIPS = seedMonitors().filter((monitor) => monitor.type === "email-round-trip").length;

export function generatedMonitorsFor(size: number): number {
  return Math.max(0, size - SEED_ROUND_TRIPS);
}

export async function runListPhase(
  browser: Browser,
  sandbox: SandboxHandle,
  { sizes, log }: { sizes: readonly ListSize[]; log: (line: string) => void },
): Promise<ListFigures[]> {
  const figures: ListFigures[] = [];
  for (const size of sizes) {
    await sandbox.use(generatedMonitorsFor(size));
    // The sandbox's tokens die with it: a new session per size.
    const session = await signIn(BENCH.consoleOrigin, BENCH.user);
    const api = await attempt(`List API at ${size}`, STEP_TIME_LIMIT_MS, () => measureListApi(session.cookieHeader));
    const load = await attempt(`List load at ${size}`, STEP_TIME_LIMIT_MS, () =>
      measureListLoad(browser, session.cookie),
    );
    const search = await attempt(`List search at ${size}`, STEP_TIME_LIMIT_MS, () =>
      measureListSearch(browser, session.cookie),
    );
    const steps = await attempt(`List steps at ${size}`, STEP_TIME_LIMIT_MS, () => measureListStepCosts());
    log(
      `  ${size} monitors: API ${api.ok ? `${api.value.console.p50.toFixed(0)} ms (upstream ${api.value.upstream.p50.toFixed(0)} ms)` : api.reason}; ` +
        `first row ${load.ok ? `${load.value.painted.p50.toFixed(0)} ms` : load.reason}; ` +
        `keystroke ${search.ok ? `${search.value.updated.p50.toFixed(1)} ms` : search.reason}`,
    );
    figures.push({ monitors: size, api, load, search, steps });
  }
  return figures;
}
