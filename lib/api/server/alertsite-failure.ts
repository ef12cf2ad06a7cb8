import "server-only";
import { type AlertSiteError } from "@/lib/alertsite";
import { formatWait } from "@/lib/alertsite/retry-after";
import { fieldFromMessage } from "@/lib/monitors/field-from-message";
import { type ApiError } from "../envelope";
import { errorResponse } from "./responses";

export const SESSION_ENDED_MESSAGE =
  "Your AlertSite session has ended (AlertSite sign-ins last one hour). Sign in again to carry on; what you typed is kept.";

const PERMISSION_MESSAGE =
  "Your AlertSite role can't create or change monitors. Only Admin, Co-Admin and Power User roles can: ask one of them, or an admin to change your role.";

/** What the console tells the browser about an AlertSite failure, whether as a JSON envelope or on a page. */
export type AlertSiteProblem = {
  status: number;
  errors: [ApiError, ...ApiError[]];
  retryAfterSeconds?: number;
};

function browserStatus(error: AlertSiteError): number {
  if (error.kind === "timeout") return 504;
  if (error.kind !== "http" || error.status === undefined) return 502;
  // A redirect or informational status from an API is a broken upstream, not an answer for the browser.
  return error.status >= 400 && error.status <= 599 ? error.status : 502;
}

function leadingMessage(status: number, error: AlertSiteError): string | undefined {
  if (status === 401) return SESSION_ENDED_MESSAGE;
  if (status === 403) return PERMISSION_MESSAGE;
  if (status === 429) {
    const wait = error.retryAfterSeconds;
    return wait === undefined
      ? "AlertSite is receiving too many requests from your account. Wait a minute, then try again."
      : `AlertSite is receiving too many requests from your account. Try again in ${formatWait(wait)}.`;
  }
  return undefined;
}

/** The status and plain-language messages for a failure: the console's own lead message, then AlertSite's words. */
export function alertSiteProblem(error: AlertSiteError): AlertSiteProblem {
  const status = browserStatus(error);
  const fromAlertSite = error.errors.map((entry): ApiError => {
    const field = fieldFromMessage(entry.message);
    return field ? { code: entry.code, message: entry.message, field } : { code: entry.code, message: entry.message };
  });
  const lead = leadingMessage(status, error);
  const [first, ...rest] = lead ? [{ code: status, message: lead }, ...fromAlertSite] : fromAlertSite;
  const errors: AlertSiteProblem["errors"] = first
    ? [first, ...rest]
    : [{ code: status, message: "AlertSite refused the request." }];
  return error.retryAfterSeconds === undefined
    ? { status, errors }
    : { status, errors, retryAfterSeconds: error.retryAfterSeconds };
}

/**
 * One server log line per upstream failure: what failed and why, never a token or password. The
 * request id is also sent to the browser (X-Request-Id), so a report can be matched to its line.
 */
export function logAlertSiteFailure(route: string, status: number, error: AlertSiteError, requestId: string): void {
  const upstream = error.status === undefined ? "none" : String(error.status);
  console.warn(
    `[alertsite] ${route} failed: answered=${status} upstream=${upstream} kind=${error.kind} request=${requestId} cause=${JSON.stringify(error.cause ?? error.message)}`,
  );
}

export function alertSiteErrorResponse(route: string, error: AlertSiteError, requestId: string): Response {
  const { status, errors, retryAfterSeconds } = alertSiteProblem(error);
  logAlertSiteFailure(route, status, error, requestId);
  return errorResponse(status, errors, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
}
