import "server-only";
import { getAlertSite, isAlertSiteError } from "@/lib/alertsite";
import { type TestProgress } from "./health";
import { testNotFound, testProgressFrom } from "./health-tests";

/** A test's progress; AlertSite's 404 for the test is its "not found", like its own `progress` 0. */
export async function readTestProgress(token: string, testId: string): Promise<TestProgress> {
  try {
    return testProgressFrom(testId, await getAlertSite().getTestStatus(token, testId));
  } catch (error) {
    if (isAlertSiteError(error) && error.kind === "http" && error.status === 404) {
      return testNotFound(testId, error.isAlertSiteText ? error.message : null);
    }
    throw error;
  }
}
