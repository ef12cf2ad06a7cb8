import { consoleFetch } from "@/lib/api/client/console-fetch";
import { consoleMonitorIdResponseSchema, type ConsoleMonitorIdResponse } from "@/lib/api/envelope";
import { type MonitorCreateBody } from "./create-schema";
import { type MonitorEditBody } from "./edit-schema";

/** Browser → console route handlers (which hold the AlertSite token). */
export function createMonitor(body: MonitorCreateBody): Promise<ConsoleMonitorIdResponse> {
  return consoleFetch("/api/monitors", consoleMonitorIdResponseSchema, { method: "POST", body: JSON.stringify(body) });
}

export function editMonitor(id: string, body: MonitorEditBody): Promise<ConsoleMonitorIdResponse> {
  return consoleFetch(`/api/monitors/${encodeURIComponent(id)}`, consoleMonitorIdResponseSchema, {
    method: "PATCH",
    body: JSON.stringify(body),
  });
}
