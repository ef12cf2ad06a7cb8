import { type TestProgress } from "@/lib/monitors/health";

// A "test now" entry's message. AlertSite gives a test's result only later (the monitor page polls
// for it), so the entry is written "done" when the test starts, saying no result was seen, and that
// message is replaced by the result when the console reads it. The entry has no column for the test's
// id: the started message carries it, and the result replaces exactly that message.

/** How long after its start a test's result may still be written into its entry. */
export const TEST_RESULT_WINDOW_MS = 60 * 60 * 1000;

/** How every message of test `testId`'s entry begins. */
export function testMessagePrefix(testId: string): string {
  return `Test ${testId} `;
}

/** The message a test's entry gets when AlertSite accepts the test. */
export function testStartedMessage(testId: string): string {
  return `${testMessagePrefix(testId)}started; the console has not seen its result.`;
}

function alertSiteSaid(progress: Pick<TestProgress, "code" | "description">): string {
  const words = [
    progress.code === null ? undefined : `status ${progress.code}`,
    progress.description?.trim() || undefined,
  ].filter((word) => word !== undefined);
  return words.length === 0 ? "" : ` AlertSite said: ${words.join(", ")}.`;
}

/** The message for a finished test (passed or failed, with AlertSite's words), or undefined while it has no result. */
export function testResultMessage(progress: TestProgress): string | undefined {
  const test = testMessagePrefix(progress.testId);
  if (progress.phase === "passed") return `${test}passed.${alertSiteSaid(progress)}`;
  if (progress.phase === "failed") {
    const reason = progress.explanation?.reason;
    return `${test}failed${reason ? `: ${reason}` : ""}.${alertSiteSaid(progress)}`;
  }
  return undefined;
}
