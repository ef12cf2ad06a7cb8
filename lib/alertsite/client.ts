import "server-only";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { type MonitorEditBody } from "@/lib/monitors/edit-schema";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { monitorBodySchema, monitorListBodySchema, type MonitorList } from "./monitor-reads";
import { createRequestSender, type RequestOptions } from "./request";
import { alertSiteWriteResponseSchema, signInResponseSchema } from "./responses";

export type SignInCredentials = { username: string; password: string };
export type SignInResult = { accessToken: string; expiresInSeconds: number | undefined };
export type MonitorIdResult = { id: string };

export type AlertSiteClient = {
  signIn(credentials: SignInCredentials): Promise<SignInResult>;
  createRoundTripMonitor(token: string, body: MonitorCreateBody): Promise<MonitorIdResult>;
  editRoundTripMonitor(token: string, id: string, body: MonitorEditBody): Promise<MonitorIdResult>;
  getMonitor(token: string, id: string): Promise<UpstreamMonitor>;
  listRoundTripMonitors(token: string): Promise<MonitorList>;
};

export type AlertSiteClientOptions = RequestOptions;

const ROUND_TRIP_PATH = "/monitors/email-round-trip";

/**
 * The mailbox password of a write, to be scrubbed from AlertSite's error messages should it quote
 * it back. Very short values are left alone: scrubbing "a" would garble every message.
 */
function mailboxPassword({ email_password: password }: MonitorEditBody): string[] {
  return password !== undefined && password.length >= 4 ? [password] : [];
}

export function createAlertSiteClient(options: AlertSiteClientOptions): AlertSiteClient {
  const send = createRequestSender(options);

  return {
    signIn: ({ username, password }) =>
      send(
        { method: "POST", path: "/access-tokens", body: { username, password }, secrets: [password] },
        signInResponseSchema,
      ),

    createRoundTripMonitor: (token, body) =>
      send(
        { method: "POST", path: ROUND_TRIP_PATH, token, body, secrets: mailboxPassword(body) },
        alertSiteWriteResponseSchema,
      ),

    editRoundTripMonitor: (token, id, body) =>
      send(
        {
          method: "PATCH",
          path: `${ROUND_TRIP_PATH}/${encodeURIComponent(id)}`,
          token,
          body,
          secrets: mailboxPassword(body),
        },
        alertSiteWriteResponseSchema,
      ),

    getMonitor: (token, id) =>
      send({ method: "GET", path: `/monitors/${encodeURIComponent(id)}`, token }, monitorBodySchema),

    // The type filter is AlertSite's; readMonitorList drops other types too, should it ignore the filter.
    listRoundTripMonitors: (token) =>
      send({ method: "GET", path: "/monitors?type=email-round-trip", token }, monitorListBodySchema),
  };
}
