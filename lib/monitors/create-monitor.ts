import "server-only";
import { getAlertSite } from "@/lib/alertsite";
import { type ConsoleMonitorIdResponse } from "@/lib/api/envelope";
import { type ConsoleSession } from "@/lib/auth/session";
import { createChanges } from "@/lib/history/field-changes";
import { outcomeOfResult, recordChange } from "@/lib/history/record-change";
import { type ChangeContext } from "./change-context";
import { type MonitorCreateBody } from "./create-schema";
import { createResolvingOutcome } from "./resolve-outcome";

/**
 * Creates a round-trip monitor, recorded in the history before it is sent. When AlertSite's answer
 * is lost, the console looks for the monitor in the account's list before answering (resolve-outcome.ts).
 */
export async function createMonitorRecorded(
  session: Pick<ConsoleSession, "email" | "alertSiteToken">,
  body: MonitorCreateBody,
  context: ChangeContext = {},
): Promise<ConsoleMonitorIdResponse> {
  const alertSite = context.alertSite ?? getAlertSite();
  const token = session.alertSiteToken;
  const attempt = {
    actor: session.email,
    action: "create",
    monitorId: null,
    monitorName: body.name,
    changes: createChanges(body),
    bulkActionId: context.bulkActionId ?? null,
  } as const;
  return recordChange(
    attempt,
    ({ answerLost }) =>
      createResolvingOutcome(body, {
        create: () => alertSite.createRoundTripMonitor(token, body),
        list: async () => (await alertSite.listRoundTripMonitors(token)).monitors,
        onAnswerLost: answerLost,
      }),
    outcomeOfResult,
    context.onAttemptWritten,
  );
}
