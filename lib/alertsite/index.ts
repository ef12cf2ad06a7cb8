import "server-only";
import { getConfig, type ConsoleConfig } from "@/lib/config";
import { createAlertSiteClient, type AlertSiteClient } from "./client";

export {
  createAlertSiteClient,
  type AlertSiteClient,
  type AlertSiteClientOptions,
  type DeleteResult,
  type MonitorIdResult,
  type SignInCredentials,
  type SignInResult,
} from "./client";
export {
  AlertSiteError,
  isAlertSiteError,
  type AlertSiteErrorInit,
  type AlertSiteErrorKind,
  type AlertSiteMessage,
  type UnknownOutcomeCause,
} from "./errors";
export { type StatusReport, type StatusRow } from "./status-reads";
export { type StartedTestAnswer, type TestProgressValue, type TestStatusAnswer } from "./test-reads";
export { type UpstreamMonitor } from "@/lib/monitors/upstream";

let client: AlertSiteClient | undefined;
let builtFrom: ConsoleConfig | undefined;

/** The AlertSite client for the configured API; rebuilt only when the configuration is re-read. */
export function getAlertSite(): AlertSiteClient {
  const config = getConfig();
  if (!client || builtFrom !== config) {
    client = createAlertSiteClient({ baseUrl: config.alertSiteApiUrl, timeoutMs: config.alertSiteTimeoutMs });
    builtFrom = config;
  }
  return client;
}
