// Functions that run inside the page (Playwright serialises them): plain DOM and Performance APIs only.
// Times are performance.now() values, milliseconds since the document's navigation started.

export const FIRST_ROW_MARK = "bench:first-row";
export const FIRST_ROW_PAINTED_MARK = "bench:first-row-painted";

/**
 * Init script: marks the moment the first element matching `selector` enters the DOM, and the frame
 * after, when it has been painted.
 */
export function markFirstMatch({
  selector,
  mark,
  paintedMark,
}: {
  selector: string;
  mark: string;
  paintedMark: string;
}): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    performance.mark(mark);
    requestAnimationFrame(() => setTimeout(() => performance.mark(paintedMark), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export type LoadTiming = {
  firstRowMs: number | undefined;
  paintedMs: number | undefined;
  /** The HTML document arrived. */
  documentMs: number | undefined;
  /** The list's data request started (the page's JavaScript has run) and ended. */
  apiStartMs: number | undefined;
  apiEndMs: number | undefined;
};

export function readLoadTiming({
  mark,
  paintedMark,
  apiPath,
}: {
  mark: string;
  paintedMark: string;
  apiPath: string;
}): LoadTiming {
  const api = performance
    .getEntriesByType("resource")
    .find((entry) => entry instanceof PerformanceResourceTiming && new URL(entry.name).pathname === apiPath);
  const navigation = performance.getEntriesByType("navigation")[0];
  return {
    firstRowMs: performance.getEntriesByName(mark, "mark")[0]?.startTime,
    paintedMs: performance.getEntriesByName(paintedMark, "mark")[0]?.startTime,
    documentMs: navigation instanceof PerformanceNavigationTiming ? navigation.responseEnd : undefined,
    apiStartMs: api?.startTime,
    apiEndMs: api instanceof PerformanceResourceTiming ? api.responseEnd : undefined,
  };
}

export type KeystrokeTiming = {
  /** keydown → the first DOM change outside the search form (the rows and the result count). */
  updatedMs: number;
  /** keydown → the frame after that change. */
  paintedMs: number;
};

/**
 * Armed before a key is pressed: `done` resolves with the keystroke's timing, or null if nothing
 * outside the search form changed within `timeoutMs`. Changes inside the form (the box's own value)
 * are the urgent render; the results follow in a deferred one.
 */
export function armKeystrokeProbe(timeoutMs: number): { done: Promise<KeystrokeTiming | null> } {
  const scope = document.querySelector("main") ?? document.body;
  const form = scope.querySelector('form[role="search"]');
  let keydownAt: number | undefined;
  const done = new Promise<KeystrokeTiming | null>((resolve) => {
    document.addEventListener(
      "keydown",
      () => {
        keydownAt ??= performance.now();
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver((records) => {
      const startedAt = keydownAt;
      if (startedAt === undefined || records.every((record) => form?.contains(record.target))) return;
      const updatedAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => resolve({ updatedMs: updatedAt - startedAt, paintedMs: performance.now() - startedAt }), 0),
      );
    });
    observer.observe(scope, { childList: true, subtree: true, characterData: true, attributes: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
  });
  return { done };
}

/** Resolves when the browser is idle (or after `timeoutMs`): the previous step's work has settled. */
export function waitForIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}
