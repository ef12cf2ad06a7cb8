import { describe, expect, it } from "vitest";
import { type TestStatusAnswer } from "@/lib/alertsite/test-reads";
import { testProgressFrom } from "./health-tests";

function answer(overrides: Partial<TestStatusAnswer>): TestStatusAnswer {
  return { progress: null, progressDescription: null, code: null, description: null, resultUrl: null, ...overrides };
}

describe("a test's progress for the console", () => {
  it.each<[string, Partial<TestStatusAnswer>, string]>([
    ["progress 0", { progress: 0 }, "not-found"],
    ["progress 1", { progress: 1, code: null }, "running"],
    ["progress 2", { progress: 2, code: 0 }, "passed"],
    ["progress 3", { progress: 3, code: 51 }, "failed"],
    ["no progress, status 0", { code: 0 }, "passed"],
    ["no progress, status 2", { code: 2 }, "failed"],
    ["neither", {}, "running"],
  ])("%s is %s", (_case, given, phase) => {
    expect(testProgressFrom("t1", answer(given)).phase).toBe(phase);
  });

  it("a failed test ends with AlertSite's code and words, and the console's explanation", () => {
    const progress = testProgressFrom(
      "t1",
      answer({ progress: 3, code: 2, description: "Timeout", resultUrl: "https://alertsite.example/r/1" }),
    );
    expect(progress).toEqual({
      testId: "t1",
      phase: "failed",
      progressDescription: null,
      code: 2,
      description: "Timeout",
      explanation: { reason: "test message not received in time", fix: expect.stringMatching(/POP3 login/) },
      resultUrl: "https://alertsite.example/r/1",
    });
  });

  it("a failed test without a code still gets words; a running one shows no result yet", () => {
    expect(testProgressFrom("t1", answer({ progress: 3 })).explanation?.reason).toBe("AlertSite reported an error");
    const running = testProgressFrom("t1", answer({ progress: 1, progressDescription: "Test In Progress", code: 5 }));
    expect(running).toMatchObject({ phase: "running", progressDescription: "Test In Progress", code: null });
    expect(testProgressFrom("t1", answer({ progress: 2, code: 0 })).explanation).toBeNull();
  });
});
