import { type Browser, type Page } from "@playwright/test";
import { BENCH, CONSOLE_API } from "../config";
import { newBenchContext } from "../lib/browser";
import { type SessionCookie } from "../lib/sign-in";
import { summarize, type Summary } from "../lib/stats";
import { CONSOLE_PAGES } from "../pages/page-specs";
import {
  armKeystrokeProbe,
  FIRST_ROW_MARK,
  FIRST_ROW_PAINTED_MARK,
  markFirstMatch,
  readLoadTiming,
  waitForIdle,
  type KeystrokeTiming,
  type LoadTiming,
} from "./in-page";

// The list as a person meets it in Chromium: how long until the first monitor row is on screen, and
// how long each search keystroke takes to change the rows.

const MEASURED_LOADS = 3;
const LOAD_TIMEOUT_MS = 30_000;
const KEYSTROKE_TIMEOUT_MS = 5_000;
/** Typed one key at a time, then erased one key at a time: every key changes what matches. */
const SEARCH_WORD = "billing";
const SEARCH_LABEL = "Search monitors";

const ROW_SELECTOR = CONSOLE_PAGES.find((page) => page.key === "list")?.readySelector ?? 'main tbody a[href$="/edit"]';

export type ListLoad = {
  /** First visit with an empty cache: navigation start → first row painted. */
  coldMs: number;
  /** Later visits (scripts cached): navigation start → first row in the DOM, and painted. */
  firstRow: Summary;
  painted: Summary;
  /** Medians of the steps on the way, from navigation start. */
  steps: { documentMs: number; apiStartMs: number; apiEndMs: number };
};

export type ListSearch = { updated: Summary; painted: Summary; keystrokes: number; unanswered: number };

async function loadOnce(page: Page): Promise<LoadTiming> {
  await page.goto(`${BENCH.consoleOrigin}/monitors`, { waitUntil: "commit", timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark, "mark").length > 0, FIRST_ROW_PAINTED_MARK, {
    timeout: LOAD_TIMEOUT_MS,
  });
  return page.evaluate(readLoadTiming, {
    mark: FIRST_ROW_MARK,
    paintedMark: FIRST_ROW_PAINTED_MARK,
    apiPath: CONSOLE_API.list,
  });
}

function numbers(values: readonly (number | undefined)[]): number[] {
  return values.filter((value): value is number => value !== undefined);
}

export async function measureListLoad(browser: Browser, cookie: SessionCookie): Promise<ListLoad> {
  const context = await newBenchContext(browser, cookie);
  try {
    await context.addInitScript(markFirstMatch, {
      selector: ROW_SELECTOR,
      mark: FIRST_ROW_MARK,
      paintedMark: FIRST_ROW_PAINTED_MARK,
    });
    const page = await context.newPage();
    const cold = await loadOnce(page);
    const warm: LoadTiming[] = [];
    for (let run = 0; run < MEASURED_LOADS; run += 1) warm.push(await loadOnce(page));
    const median = (pick: (timing: LoadTiming) => number | undefined) => summarize(numbers(warm.map(pick))).p50;
    return {
      coldMs: cold.paintedMs ?? Number.NaN,
      firstRow: summarize(numbers(warm.map((timing) => timing.firstRowMs))),
      painted: summarize(numbers(warm.map((timing) => timing.paintedMs))),
      steps: {
        documentMs: median((timing) => timing.documentMs),
        apiStartMs: median((timing) => timing.apiStartMs),
        apiEndMs: median((timing) => timing.apiEndMs),
      },
    };
  } finally {
    await context.close();
  }
}

/** Waits until the search has reached the URL (300 ms after typing stops) and the page is idle again. */
async function settle(page: Page, query: string): Promise<void> {
  await page
    .waitForFunction((expected) => (new URL(location.href).searchParams.get("q") ?? "") === expected, query.trim(), {
      timeout: 3_000,
    })
    .catch(() => undefined);
  await page.evaluate(waitForIdle, 1_000);
}

export async function measureListSearch(browser: Browser, cookie: SessionCookie): Promise<ListSearch> {
  const context = await newBenchContext(browser, cookie);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH.consoleOrigin}/monitors`, { timeout: LOAD_TIMEOUT_MS });
    await page.locator(ROW_SELECTOR).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    const search = page.getByLabel(SEARCH_LABEL, { exact: true });
    await search.click();
    await settle(page, "");

    const keys = [...SEARCH_WORD.split(""), ...SEARCH_WORD.split("").map(() => "Backspace")];
    const timings: (KeystrokeTiming | null)[] = [];
    let typed = "";
    for (const key of keys) {
      const probe = await page.evaluateHandle(armKeystrokeProbe, KEYSTROKE_TIMEOUT_MS);
      await page.keyboard.press(key);
      timings.push(await probe.evaluate((armed) => armed.done));
      await probe.dispose();
      typed = key === "Backspace" ? typed.slice(0, -1) : typed + key;
      await settle(page, typed);
    }
    const answered = timings.filter((timing): timing is KeystrokeTiming => timing !== null);
    return {
      updated: summarize(answered.map((timing) => timing.updatedMs)),
      painted: summarize(answered.map((timing) => timing.paintedMs)),
      keystrokes: keys.length,
      unanswered: keys.length - answered.length,
    };
  } finally {
    await context.close();
  }
}
