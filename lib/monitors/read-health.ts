import "server-only";
import { type AlertSiteError, getAlertSite, isAlertSiteError, type StatusReport } from "@/lib/alertsite";
import { logAlertSiteFailure } from "@/lib/api/server/alertsite-failure";
import { type HealthReport } from "./health";
import { buildHealthReport, unavailableHealth } from "./health-report";
import { type UpstreamMonitor } from "./upstream";

/** The status call's outcome: never a rejection, since a page must show without status. */
export type StatusOutcome = { report: StatusReport } | { unavailable: string };

function unavailableMessage(error: AlertSiteError): string {
  const said = error.errors.map((entry) => entry.message).join(" ");
  if (error.kind === "bad_response") return "Status is unavailable: AlertSite's answer about it could not be read.";
  if (error.kind === "timeout") return `Status is unavailable: ${said}`;
  return error.isAlertSiteText ? `Status is unavailable. AlertSite said: ${said}` : `Status is unavailable: ${said}`;
}

/** One `report-sitestatus` call (for every monitor, or those named); a failure is logged and described. */
export async function readStatus(token: string, monitorIds?: readonly string[]): Promise<StatusOutcome> {
  try {
    return { report: await getAlertSite().getStatusReport(token, monitorIds) };
  } catch (error) {
    if (!isAlertSiteError(error)) throw error;
    logAlertSiteFailure("status read (report-sitestatus)", error.status ?? 502, error, crypto.randomUUID());
    return { unavailable: unavailableMessage(error) };
  }
}

export function healthOf(outcome: StatusOutcome, monitors: readonly UpstreamMonitor[]): HealthReport {
  return "report" in outcome ? buildHealthReport(outcome.report, monitors) : unavailableHealth(outcome.unavailable);
}
