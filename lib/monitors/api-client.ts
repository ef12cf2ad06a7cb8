import { consoleFetch } from "@/lib/api/client-fetch";
import { monitorIdResponseSchema, type MonitorIdResponse } from "@/lib/api/envelope";
import { type MonitorCreateBody, type MonitorEditBody } from "./schema";

/** Browser → console route handlers (which hold the AlertSite token). */
export function createMonitor(body: MonitorCreateBody): Promise<MonitorIdResponse> {
  return consoleFetch("/api/monitors/email-round-trip", monitorIdResponseSchema, {
    method: "POST",
    body: JSON.stringify(body),
  });
}

export function editMonitor(id: string, body: MonitorEditBody): Promise<MonitorIdResponse> {
  return consoleFetch(`/api/monitors/email-round-trip/${encodeURIComponent(id)}`, monitorIdResponseSchema, {
    method: "PATCH",
    body: JSON.stringify(body),
  });
}
