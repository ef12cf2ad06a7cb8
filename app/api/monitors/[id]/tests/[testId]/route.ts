import { consoleRoute } from "@/lib/api/server/console-route";
import { jsonResponse, singleError } from "@/lib/api/server/responses";
import { recordTestResult } from "@/lib/history/record-test-result";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { readTestProgress } from "@/lib/monitors/read-test-progress";
import { isTestId } from "@/lib/monitors/test-id";

/** GET /api/monitors/{id}/tests/{testId}: where a started test is (a TestProgress); a result also goes into the test's history entry. */
export const GET = consoleRoute<{ id: string; testId: string }>(async ({ session, params }) => {
  if (!isMonitorId(params.id)) return singleError(404, `Monitor ${params.id} was not found.`);
  if (!isTestId(params.testId)) return singleError(404, `Test ${params.testId} was not found.`);
  const progress = await readTestProgress(session.alertSiteToken, params.testId);
  await recordTestResult(params.id, progress);
  return jsonResponse(progress);
});
