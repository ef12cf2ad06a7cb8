import { type TestStatusAnswer } from "@/lib/alertsite/test-reads";
import { explainStatus, OK_CODE, UNKNOWN_ERROR } from "./health-explanations";
import { type TestPhase, type TestProgress } from "./health";

/**
 * Where the test is. AlertSite's `progress` decides (0 not found, 1 running, 2 passed, 3 failed); when
 * it sent none the console could read, a finished status code does (0 passed, any other failed), and
 * with neither the test is still running.
 */
export function testPhaseOf(answer: Pick<TestStatusAnswer, "progress" | "code">): TestPhase {
  switch (answer.progress) {
    case 0:
      return "not-found";
    case 1:
      return "running";
    case 2:
      return "passed";
    case 3:
      return "failed";
    default:
      if (answer.code === null) return "running";
      return answer.code === OK_CODE ? "passed" : "failed";
  }
}

/** AlertSite's answer about a test, as the console's TestProgress. */
export function testProgressFrom(testId: string, answer: TestStatusAnswer): TestProgress {
  const phase = testPhaseOf(answer);
  const isFinished = phase === "passed" || phase === "failed";
  return {
    testId,
    phase,
    progressDescription: answer.progressDescription,
    // While running AlertSite sends a placeholder status (-1, ""): only a finished test has a result.
    code: isFinished ? answer.code : null,
    description: isFinished ? answer.description : null,
    explanation: phase === "failed" ? (explainStatus(answer.code, answer.description) ?? UNKNOWN_ERROR) : null,
    resultUrl: answer.resultUrl,
  };
}

/** AlertSite answered 404 for the test: the same as its own `progress` 0. */
export function testNotFound(testId: string, alertSite: string | null): TestProgress {
  return {
    testId,
    phase: "not-found",
    progressDescription: alertSite,
    code: null,
    description: null,
    explanation: null,
    resultUrl: null,
  };
}
