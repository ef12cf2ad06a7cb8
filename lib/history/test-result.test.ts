import { describe, expect, it } from "vitest";
import { type TestProgress } from "@/lib/monitors/health";
import { testResultMessage, testStartedMessage } from "./test-result";

const progress = (overrides: Partial<TestProgress>): TestProgress => ({
  testId: "500001",
  phase: "running",
  progressDescription: "Test In Progress",
  code: null,
  description: null,
  explanation: null,
  resultUrl: null,
  ...overrides,
});

describe("a test entry's message", () => {
  it("names the test when it starts, and says its result is not known", () => {
    expect(testStartedMessage("500001")).toBe("Test 500001 started; the console has not seen its result.");
  });

  it("says a test passed, with AlertSite's own words", () => {
    expect(testResultMessage(progress({ phase: "passed", code: 0, description: "OK" }))).toBe(
      "Test 500001 passed. AlertSite said: status 0, OK.",
    );
  });

  it("says why a test failed in plain words, then AlertSite's", () => {
    const failed = progress({
      phase: "failed",
      code: 2,
      description: "Timeout waiting for message",
      explanation: { reason: "test message not received in time", fix: null },
    });
    expect(testResultMessage(failed)).toBe(
      "Test 500001 failed: test message not received in time. AlertSite said: status 2, Timeout waiting for message.",
    );
  });

  it("keeps to what AlertSite sent when it sent no code or words", () => {
    expect(testResultMessage(progress({ phase: "passed" }))).toBe("Test 500001 passed.");
    expect(testResultMessage(progress({ phase: "failed", code: 7, description: "  " }))).toBe(
      "Test 500001 failed. AlertSite said: status 7.",
    );
  });

  it("has no result while the test runs or when AlertSite no longer knows it", () => {
    expect(testResultMessage(progress({ phase: "running" }))).toBeUndefined();
    expect(testResultMessage(progress({ phase: "not-found" }))).toBeUndefined();
  });
});
