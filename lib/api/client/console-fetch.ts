import { type ZodType } from "zod";
import { apiErrorEnvelopeSchema } from "../envelope";
import { ConsoleApiError } from "./console-api-error";

const NETWORK_FAILURE =
  "The console could not be reached. Check your network connection and try again; what you typed is kept.";

/** fetch + JSON + the error envelope, as one call that resolves to parsed data or throws ConsoleApiError. */
export async function consoleFetch<T>(url: string, schema: ZodType<T>, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        Accept: "application/json",
        ...(init.body ? { "Content-Type": "application/json" } : {}),
        ...init.headers,
      },
      credentials: "same-origin",
    });
  } catch {
    throw new ConsoleApiError(0, [{ code: 0, message: NETWORK_FAILURE }]);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const envelope = apiErrorEnvelopeSchema.safeParse(body);
    if (envelope.success)
      throw new ConsoleApiError(
        response.status,
        envelope.data.errors,
        envelope.data.retryAfterSeconds,
        envelope.data.outcome,
        envelope.data.reason,
      );
    throw new ConsoleApiError(response.status, [
      { code: response.status, message: `The console answered ${response.status} without an explanation. Try again.` },
    ]);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ConsoleApiError(502, [
      { code: 502, message: "The console sent an answer this page did not understand. Reload and try again." },
    ]);
  }
  return parsed.data;
}
