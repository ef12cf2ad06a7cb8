import { z } from "zod";
import { consoleFetch } from "@/lib/api/client/console-fetch";
import { type MonitorCreateBody, type MonitorEditBody } from "./schema";

const monitorIdResponseSchema = z.object({ id: z.string().min(1) });
export type MonitorIdResponse = z.infer<typeof monitorIdResponseSchema>;

/** Browser → console route handlers (which hold the AlertSite token). */
export function createMonitor(body: MonitorCreateBody): Promise<MonitorIdResponse> {
  return consoleFetch("/api/monitors", monitorIdResponseSchema, { method: "POST", body: JSON.stringify(body) });
}

export function editMonitor(id: string, body: MonitorEditBody): Promise<MonitorIdResponse> {
  return consoleFetch(`/api/monitors/${encodeURIComponent(id)}`, monitorIdResponseSchema, {
    method: "PATCH",
    body: JSON.stringify(body),
  });
}
