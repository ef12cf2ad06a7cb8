import "server-only";
import { setTestEntryResult } from "@/lib/db/queries";
import { type TestProgress } from "@/lib/monitors/health";
import { TEST_RESULT_WINDOW_MS, testResultMessage } from "./test-result";

/**
 * Once the console reads a finished test's result, writes it into the test's history entry. The
 * result is only extra words on an entry already written, so a database failure is logged, not shown.
 */
export async function recordTestResult(monitorId: string, progress: TestProgress, now = Date.now()): Promise<void> {
  const message = testResultMessage(progress);
  if (message === undefined) return;
  try {
    await setTestEntryResult(monitorId, {
      testId: progress.testId,
      message,
      since: new Date(now - TEST_RESULT_WINDOW_MS),
    });
  } catch (error) {
    console.warn(
      `[history] the result of test ${progress.testId} of monitor ${monitorId} could not be written: ${error instanceof Error ? error.message : "unknown"}`,
    );
  }
}
