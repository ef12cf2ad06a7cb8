import "server-only";
import { type ApiError, type ApiErrorEnvelope } from "../envelope";

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function errorResponse(
  status: number,
  errors: [ApiError, ...ApiError[]],
  extra: Omit<ApiErrorEnvelope, "errors"> = {},
): Response {
  const headers: Record<string, string> = {};
  if (extra.retryAfterSeconds !== undefined) headers["Retry-After"] = String(extra.retryAfterSeconds);
  return jsonResponse({ errors, ...extra } satisfies ApiErrorEnvelope, status, headers);
}

export function singleError(status: number, message: string, field?: string): Response {
  return errorResponse(status, [field ? { code: status, message, field } : { code: status, message }]);
}
