import { z } from "zod";
import { consoleFetch } from "@/lib/api/client/console-fetch";
import { consoleMonitorIdResponseSchema, type ConsoleMonitorIdResponse } from "@/lib/api/envelope";
import { type MonitorCreateBody } from "./create-schema";
import { type MonitorEditBody } from "./edit-schema";
import { startedTestSchema, testProgressSchema, type StartedTest, type TestProgress } from "./health";

/** Browser → console route handlers (which hold the AlertSite token). */
export function createMonitor(body: MonitorCreateBody): Promise<ConsoleMonitorIdResponse> {
  return consoleFetch("/api/monitors", consoleMonitorIdResponseSchema, { method: "POST", body: JSON.stringify(body) });
}

const monitorPath = (id: string) => `/api/monitors/${encodeURIComponent(id)}`;

export function editMonitor(id: string, body: MonitorEditBody): Promise<ConsoleMonitorIdResponse> {
  return consoleFetch(monitorPath(id), consoleMonitorIdResponseSchema, {
    method: "PATCH",
    body: JSON.stringify(body),
  });
}

/** Pause (`false`) or resume (`true`): a PATCH that sends `enabled` and nothing else. */
export function setMonitorEnabled(id: string, enabled: boolean): Promise<ConsoleMonitorIdResponse> {
  return editMonitor(id, { enabled });
}

export const deletedMonitorSchema = z.object({ id: z.string().min(1), deleted: z.literal(true) });
export type DeletedMonitor = z.infer<typeof deletedMonitorSchema>;

/**
 * DELETE /api/monitors/{id}. A monitor already gone rejects with a ConsoleApiError of status 404
 * ("Monitor N was already deleted or never existed"); a role that may not delete, 403.
 */
export function deleteMonitor(id: string): Promise<DeletedMonitor> {
  // A JSON content type, as every state-changing console route requires (cross-site forms cannot send one).
  return consoleFetch(monitorPath(id), deletedMonitorSchema, {
    method: "DELETE",
    headers: { "Content-Type": "application/json" },
  });
}

/** Starts a test of the monitor now, at its primary location. */
export function startTest(id: string): Promise<StartedTest> {
  return consoleFetch(`${monitorPath(id)}/tests`, startedTestSchema, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
  });
}

/** Where a started test is; poll until `phase` is no longer "running". */
export function getTestProgress(id: string, testId: string, signal?: AbortSignal): Promise<TestProgress> {
  return consoleFetch(`${monitorPath(id)}/tests/${encodeURIComponent(testId)}`, testProgressSchema, { signal });
}
