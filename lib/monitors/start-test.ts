import "server-only";
import { getAlertSite } from "@/lib/alertsite";
import { type ConsoleSession } from "@/lib/auth/session";
import { type HistoryAttempt } from "@/lib/db/queries";
import { recordChange } from "@/lib/history/record-change";
import { testStartedMessage } from "@/lib/history/test-result";
import { type StartedTest } from "./health";

/** Starts a test of the monitor now, recorded in the history (the monitor's name read just before, when it can be). */
export async function startTestRecorded(
  session: Pick<ConsoleSession, "email" | "alertSiteToken">,
  id: string,
): Promise<StartedTest> {
  const alertSite = getAlertSite();
  const current = await alertSite.getMonitor(session.alertSiteToken, id).catch(() => undefined);
  const attempt: HistoryAttempt = {
    actor: session.email,
    action: "test",
    monitorId: id,
    monitorName: current?.name ?? `Monitor ${id}`,
    changes: [],
  };
  return recordChange(
    attempt,
    () => alertSite.startTest(session.alertSiteToken, id),
    // AlertSite gives the result only later: lib/history/record-test-result.ts writes it in when the console reads it.
    (started) => ({ outcome: "done", message: testStartedMessage(started.testId) }),
  );
}
