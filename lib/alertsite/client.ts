import "server-only";
import { z } from "zod";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { type MonitorEditBody } from "@/lib/monitors/edit-schema";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { isAlertSiteError } from "./errors";
import { monitorBodySchema, monitorListBodySchema, type MonitorList } from "./monitor-reads";
import { createRequestSender, type RequestOptions, type SendRequest } from "./request";
import { alertSiteWriteResponseSchema, signInResponseSchema } from "./responses";
import { type StatusReport, statusReportBodySchema } from "./status-reads";
import {
  type StartedTestAnswer,
  startedTestBodySchema,
  type TestStatusAnswer,
  testStatusBodySchema,
} from "./test-reads";

export type SignInCredentials = { username: string; password: string };
export type SignInResult = { accessToken: string; expiresInSeconds: number | undefined };
export type MonitorIdResult = { id: string };
/** A DELETE's outcome: AlertSite's 404 ("Record not found") is an answer here, not a failure. */
export type DeleteResult = { outcome: "deleted" } | { outcome: "not-found"; alertSite: string };

export type AlertSiteClient = {
  signIn(credentials: SignInCredentials): Promise<SignInResult>;
  createRoundTripMonitor(token: string, body: MonitorCreateBody): Promise<MonitorIdResult>;
  editRoundTripMonitor(token: string, id: string, body: MonitorEditBody): Promise<MonitorIdResult>;
  getMonitor(token: string, id: string): Promise<UpstreamMonitor>;
  listRoundTripMonitors(token: string): Promise<MonitorList>;
  deleteMonitor(token: string, id: string): Promise<DeleteResult>;
  /** The latest status of every monitor, or of the monitors named. One call, whatever the count. */
  getStatusReport(token: string, monitorIds?: readonly string[]): Promise<StatusReport>;
  startTest(token: string, monitorId: string): Promise<StartedTestAnswer>;
  getTestStatus(token: string, testId: string): Promise<TestStatusAnswer>;
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

async function sendDelete(send: SendRequest, token: string, id: string): Promise<DeleteResult> {
  try {
    await send(
      { method: "DELETE", path: `/monitors/${encodeURIComponent(id)}`, token, ignoresSuccessBody: true },
      z.unknown(),
    );
    return { outcome: "deleted" };
  } catch (error) {
    if (isAlertSiteError(error) && error.kind === "http" && error.status === 404) {
      return { outcome: "not-found", alertSite: error.errors.map((entry) => entry.message).join(" ") };
    }
    throw error;
  }
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

    deleteMonitor: (token, id) => sendDelete(send, token, id),

    getStatusReport: (token, monitorIds = []) => {
      const query = monitorIds.length === 0 ? "" : `?monitors=${monitorIds.map(encodeURIComponent).join(",")}`;
      return send({ method: "GET", path: `/report-sitestatus${query}`, token }, statusReportBodySchema);
    },

    // No location_id: AlertSite runs the test at the monitor's primary location.
    startTest: (token, monitorId) =>
      send({ method: "GET", path: `/tests?monitor_id=${encodeURIComponent(monitorId)}`, token }, startedTestBodySchema),

    getTestStatus: (token, testId) =>
      send({ method: "GET", path: `/tests/${encodeURIComponent(testId)}`, token }, testStatusBodySchema),
  };
}
