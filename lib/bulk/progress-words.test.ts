import { describe, expect, it } from "vitest";
import { type BulkActionView } from "./contract";
import { runningCount, settledItems, stateSentence, totalItems } from "./progress-words";

function counts(partial: Partial<BulkActionView["counts"]>): BulkActionView["counts"] {
  return { queued: 0, sending: 0, waiting: 0, done: 0, failed: 0, unknown: 0, cancelled: 0, ...partial };
}

describe("progress words", () => {
  it("counts while running: done of all, then what went wrong", () => {
    const running = counts({ done: 12, failed: 1, queued: 25, sending: 2 });
    expect(totalItems(running)).toBe(40);
    expect(settledItems(running)).toBe(13);
    expect(runningCount(running)).toBe("12 of 40 done, 1 failed");
    expect(runningCount(counts({ queued: 2 }))).toBe("0 of 2 done");
  });

  it("says how a cancelled action ended: what was done and what was never sent", () => {
    expect(stateSentence({ state: "cancelled", inFlight: 0, counts: counts({ done: 3, cancelled: 5 }) })).toBe(
      "Cancelled. 3 monitors done before it stopped; 5 monitors were never sent.",
    );
  });

  it("says how a finished action ended", () => {
    expect(stateSentence({ state: "finished", inFlight: 0, counts: counts({ done: 2 }) })).toBe(
      "Finished: all 2 monitors done.",
    );
    expect(stateSentence({ state: "finished", inFlight: 0, counts: counts({ done: 2, failed: 1, unknown: 1 }) })).toBe(
      "Finished: 2 monitors done, 1 failed, 1 with an unknown outcome.",
    );
    expect(stateSentence({ state: "running", inFlight: 1, counts: counts({ sending: 1 }) })).toBe(
      "Running: 1 request in flight.",
    );
  });
});
