import { STATUS_CODES } from "node:http";
import { AlertSiteError, type AlertSiteErrorInit, type AlertSiteMessage } from "./errors";
import { messagesFromErrorBody } from "./error-body";
import { formatWait, parseRetryAfter } from "./retry-after";

/** What an error needs to know about the request that failed. */
export type FailureContext = {
  method: string;
  /** Path and query below the base URL; never holds a secret. */
  path: string;
  origin: string;
  timeoutMs: number;
  /** Whether the request may change something upstream, so a lost answer leaves its outcome unknown. */
  isWrite: boolean;
  /** Values scrubbed from every message and cause, whatever produced them (token, password). */
  secrets: readonly string[];
};

export type ReceivedResponse = { status: number; statusText: string; headers: Headers };

// Codes for failures that have no upstream status, in the same spirit as a gateway's.
const CODE_BAD_RESPONSE = 502;
const CODE_UNREACHABLE = 502;
const CODE_TIMEOUT = 504;

const NOT_UNDERSTOOD = "AlertSite sent an answer the console did not understand.";

/** A non-2xx answer: AlertSite's own messages when the body has them, otherwise a plain status line. */
export function httpFailure(context: FailureContext, response: ReceivedResponse, body: string): AlertSiteError {
  const { status } = response;
  const contentType = response.headers.get("content-type") ?? "";
  const retryAfterSeconds =
    status === 429 || status === 503 ? parseRetryAfter(response.headers.get("retry-after")) : undefined;
  const cause = `${describeRequest(context)} answered ${status}${contentType ? ` (${contentType})` : ""}`;
  const statusLine = describeStatus(response);
  const isJson = /\bjson\b/i.test(contentType);
  const trimmed = body.trim();

  // Some servers label JSON as text, so a body that looks like JSON gets a chance whatever its label.
  const json = isJson || trimmed.startsWith("{") ? parseJson(trimmed) : undefined;
  // A 5xx with no word from AlertSite is a gateway's: the write may have been made behind it.
  const gatewayError = context.isWrite && status >= 500 ? ("gateway-error" as const) : undefined;
  if (isJson && trimmed !== "" && json === undefined) {
    const message = `AlertSite answered ${statusLine} with a body the console could not read.`;
    return failure(context, {
      kind: "bad_response",
      status,
      retryAfterSeconds,
      unknownOutcome: gatewayError,
      errors: [{ code: status, message: `${message}${statusHint(status, retryAfterSeconds)}` }],
      cause: `${cause}, malformed JSON body (${body.length} characters)`,
    });
  }

  const [first, ...rest] = json === undefined ? [] : messagesFromErrorBody(json.value, status);
  if (first) {
    return failure(context, {
      kind: "http",
      status,
      retryAfterSeconds,
      errors: [first, ...rest],
      cause,
      isAlertSiteText: true,
    });
  }
  return failure(context, {
    kind: "http",
    status,
    retryAfterSeconds,
    unknownOutcome: gatewayError,
    errors: [{ code: status, message: `AlertSite answered ${statusLine}.${statusHint(status, retryAfterSeconds)}` }],
    cause: `${cause}, ${trimmed === "" ? "empty body" : `no error message in a ${body.length}-character body`}`,
  });
}

/**
 * A 2xx answer that is not JSON or not the expected shape. After a write, AlertSite said yes before
 * the answer went wrong, so its outcome is unknown (the console then looks: lib/monitors/resolve-outcome.ts).
 */
export function badResponseFailure(context: FailureContext, status: number, detail: string): AlertSiteError {
  return failure(context, {
    kind: "bad_response",
    status,
    errors: [{ code: CODE_BAD_RESPONSE, message: NOT_UNDERSTOOD }],
    cause: `${describeRequest(context)} answered ${status}: ${detail}`,
    unknownOutcome: context.isWrite ? "unreadable-answer" : undefined,
  });
}

/** fetch or reading the body threw: a timeout, or a connection that failed or broke. */
export function networkFailure(
  context: FailureContext,
  error: unknown,
  state: { hasTimedOut: boolean; status?: number },
): AlertSiteError {
  const cause = `${describeRequest(context)}: ${describeThrown(error)}`;
  // After a write the outcome is unknown: what to do next depends on what the console finds when it looks.
  const afterLoss = context.isWrite ? "" : " Try again in a minute.";
  if (state.hasTimedOut) {
    const waited = formatDuration(context.timeoutMs);
    return failure(context, {
      kind: "timeout",
      status: state.status,
      errors: [{ code: CODE_TIMEOUT, message: `AlertSite did not answer within ${waited}.` }],
      cause: `${cause} (timeout ${context.timeoutMs} ms)`,
      unknownOutcome: context.isWrite ? "timeout" : undefined,
    });
  }
  // Once a response started, or the socket closed under a sent request, AlertSite was reached.
  const hasConnectionBroken = state.status !== undefined || BROKEN_CONNECTION_CODES.has(errorCode(error) ?? "");
  const message = hasConnectionBroken
    ? `The connection to AlertSite at ${context.origin} broke before the answer arrived.${afterLoss}`
    : `Could not reach AlertSite at ${context.origin}. Check the network connection and the AlertSite address, then try again.`;
  return failure(context, {
    kind: "unreachable",
    status: state.status,
    errors: [{ code: CODE_UNREACHABLE, message }],
    cause,
    unknownOutcome: context.isWrite && hasConnectionBroken ? "connection-lost" : undefined,
  });
}

/** A token that cannot go into a header is never sent; to the user it is the same as an expired session. */
export function unusableTokenFailure(context: FailureContext): AlertSiteError {
  return failure(context, {
    kind: "http",
    status: 401,
    errors: [{ code: 401, message: "The AlertSite session is not valid. Sign in again." }],
    cause: `${describeRequest(context)}: not sent, the access token is not a valid bearer token`,
  });
}

const BROKEN_CONNECTION_CODES = new Set(["UND_ERR_SOCKET", "UND_ERR_CLOSED", "ECONNRESET", "EPIPE"]);

function failure(context: FailureContext, init: AlertSiteErrorInit): AlertSiteError {
  const scrub = (text: string) => redact(text, context.secrets);
  const scrubMessage = (error: AlertSiteMessage) => ({ code: error.code, message: scrub(error.message) });
  const [first, ...rest] = init.errors;
  return new AlertSiteError({
    ...init,
    errors: [scrubMessage(first), ...rest.map(scrubMessage)],
    cause: init.cause === undefined ? undefined : scrub(init.cause),
  });
}

function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => (secret === "" ? result : result.split(secret).join("[redacted]")), text);
}

function describeRequest(context: FailureContext): string {
  return `AlertSite ${context.method} ${context.path}`;
}

function describeStatus(response: ReceivedResponse): string {
  const text = response.statusText.trim() || STATUS_CODES[response.status] || "";
  return text ? `${response.status} ${text}` : String(response.status);
}

function statusHint(status: number, retryAfterSeconds: number | undefined): string {
  if (status >= 300 && status < 400) return " The console does not follow redirects: check the AlertSite address.";
  if (status === 401) return " Sign in again.";
  if (status === 403) return " Your AlertSite role may not allow this.";
  if (status === 429 || status >= 500) {
    return ` Try again in ${retryAfterSeconds === undefined ? "a minute" : formatWait(retryAfterSeconds)}.`;
  }
  return "";
}

function formatDuration(ms: number): string {
  const seconds = Number((ms / 1000).toFixed(1));
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && "code" in cause && typeof cause.code === "string") return cause.code;
  if (error instanceof Error && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

function describeThrown(error: unknown): string {
  if (!(error instanceof Error)) return "non-error thrown";
  const code = errorCode(error);
  const inner = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.name}: ${error.message}${inner}${code ? ` [${code}]` : ""}`;
}
