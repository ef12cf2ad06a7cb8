import "server-only";
import { type AlertSiteError, type AlertSiteMessage } from "@/lib/alertsite";
import { knownMessage } from "@/lib/alertsite/known-messages";
import { formatWait } from "@/lib/alertsite/retry-after";
import { fieldFromMessage } from "@/lib/monitors/field-from-message";
import { type ApiError, type WriteOutcome } from "../envelope";
import { errorResponse } from "./responses";
import { type UnresolvedWrite } from "./write-outcome";

const SESSION_ENDED = {
  message: "Your AlertSite session has ended (AlertSite sign-ins last one hour).",
  action: "Sign in again to carry on; what you typed is kept.",
};

export const SESSION_ENDED_MESSAGE = `${SESSION_ENDED.message} ${SESSION_ENDED.action}`;

const PERMISSION_REFUSED = {
  message: "Your AlertSite role can't create or change monitors.",
  action: "Only Admin, Co-Admin and Power User roles can: ask one of them, or an admin to change your role.",
};

const RATE_LIMITED = "AlertSite is receiving too many requests from your account.";

/** What the console tells the browser about an AlertSite failure, whether as a JSON envelope or on a page. */
export type AlertSiteProblem = {
  status: number;
  errors: [ApiError, ...ApiError[]];
  retryAfterSeconds?: number;
  outcome?: WriteOutcome;
};

/** Said of a write whose answer was lost when nobody looked whether it was made. */
const OUTCOME_UNKNOWN = {
  message: "The change may still have been saved.",
  action: "Check the monitor list before trying again.",
};

function browserStatus(error: AlertSiteError): number {
  if (error.kind === "timeout") return 504;
  if (error.kind !== "http" || error.status === undefined) return 502;
  // A redirect or informational status from an API is a broken upstream, not an answer for the browser.
  return error.status >= 400 && error.status <= 599 ? error.status : 502;
}

/** AlertSite's own words, when the messages are its text rather than the console's description of the failure. */
function alertSiteText(error: AlertSiteError): string | undefined {
  return error.isAlertSiteText ? error.errors.map((entry) => entry.message).join(" ") : undefined;
}

function withAlertSite(entry: ApiError, said: string | undefined): ApiError {
  return said === undefined ? entry : { ...entry, alertSite: said };
}

/** A refusal about the whole request (session, role, rate): one message, however AlertSite worded it. */
function wholeRequestProblem(status: number, error: AlertSiteError): ApiError | undefined {
  const said = alertSiteText(error);
  if (status === 401) return withAlertSite({ code: 401, ...SESSION_ENDED }, said);
  if (status === 403) return withAlertSite({ code: 403, ...PERMISSION_REFUSED }, said);
  if (status === 429) {
    const wait = error.retryAfterSeconds;
    const action = wait === undefined ? "Wait a minute, then try again." : `Try again in ${formatWait(wait)}.`;
    return withAlertSite({ code: 429, message: RATE_LIMITED, action }, said);
  }
  return undefined;
}

/** One of AlertSite's messages: the console's plain reading when it knows the message, AlertSite's text beside it. */
function translated(entry: AlertSiteMessage, status: number): ApiError {
  const field = fieldFromMessage(entry.message);
  const known = knownMessage(entry.message, status, "request");
  // "Did not accept this value" only makes sense beside the field it is about.
  const isUsable =
    known !== undefined && (field !== undefined || !/^(invalid-value|required-missing)$/.test(known.kind));
  const plain = isUsable
    ? { message: known.message, action: known.action }
    : status >= 500
      ? { message: "AlertSite had a problem on its side.", action: "Try again in a minute." }
      : { message: "AlertSite refused the request." };
  const problem: ApiError = { code: entry.code, ...plain, alertSite: entry.message };
  return field ? { ...problem, field } : problem;
}

function described(error: AlertSiteError, status: number): ApiError[] {
  const whole = wholeRequestProblem(status, error);
  if (whole) return [whole];
  if (error.isAlertSiteText) return error.errors.map((entry) => translated(entry, status));
  return error.errors.map((entry): ApiError => ({ code: entry.code, message: entry.message }));
}

/**
 * The status and messages for a failure: the console's plain words, with AlertSite's own text kept
 * beside them. For a write whose answer was lost, `resolution` says what the console found when it
 * looked, first; without it, the user is told the change may have been made.
 */
export function alertSiteProblem(
  error: AlertSiteError,
  resolution?: Pick<UnresolvedWrite, "outcome" | "lead">,
): AlertSiteProblem {
  const status = browserStatus(error);
  const unresolved = error.unknownOutcome && !resolution ? [{ code: status, ...OUTCOME_UNKNOWN }] : [];
  const [first, ...rest] = [...(resolution ? [resolution.lead] : []), ...described(error, status), ...unresolved];
  const errors: AlertSiteProblem["errors"] = first
    ? [first, ...rest]
    : [{ code: status, message: "AlertSite refused the request." }];
  return {
    status,
    errors,
    ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    ...(resolution ? { outcome: resolution.outcome } : {}),
  };
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

export function alertSiteErrorResponse(
  route: string,
  error: AlertSiteError,
  requestId: string,
  resolution?: Pick<UnresolvedWrite, "outcome" | "lead">,
): Response {
  const { status, errors, ...extra } = alertSiteProblem(error, resolution);
  logAlertSiteFailure(route, status, error, requestId);
  return errorResponse(status, errors, extra);
}
