import "server-only";
import { type z } from "zod";
import { badResponseFailure, httpFailure, networkFailure, unusableTokenFailure, type FailureContext } from "./failures";

export type RequestOptions = {
  baseUrl: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
};

export type RequestSpec = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path and query below the base URL, already encoded, e.g. `/monitors/123`. */
  path: string;
  token?: string;
  body?: unknown;
  /** Further values that must never reach an error message (the sign-in password). */
  secrets?: readonly string[];
  /** A 2xx answer means done whatever its body (a DELETE's 204, or a 200 with something): the body is not read as JSON. */
  ignoresSuccessBody?: boolean;
};

export type SendRequest = <S extends z.ZodType>(spec: RequestSpec, schema: S) => Promise<z.output<S>>;

// Visible ASCII only: anything else would make Headers throw with the token in its message.
const BEARER_TOKEN = /^[\x21-\x7e]+$/;

/**
 * Sends one JSON request to AlertSite and parses the 2xx answer with `schema`.
 * Every failure rejects with an AlertSiteError; only the headers built here are ever sent.
 */
export function createRequestSender(options: RequestOptions): SendRequest {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const origin = new URL(baseUrl).origin;
  // Resolved per call so a fetch patched after start-up (Next.js, tests) is the one used.
  const doFetch: typeof fetch = options.fetchImpl ?? ((input, init) => fetch(input, init));

  return async (spec, schema) => {
    const context: FailureContext = {
      method: spec.method,
      path: spec.path,
      origin,
      timeoutMs: options.timeoutMs,
      isWrite: spec.method !== "GET" && spec.token !== undefined,
      secrets: [spec.token ?? "", ...(spec.secrets ?? [])],
    };

    const headers = new Headers({ Accept: "application/json" });
    if (spec.token !== undefined) {
      if (!BEARER_TOKEN.test(spec.token)) throw unusableTokenFailure(context);
      headers.set("Authorization", `Bearer ${spec.token}`);
    }
    const hasBody = spec.body !== undefined;
    if (hasBody) headers.set("Content-Type", "application/json");

    // One signal for connecting, waiting and reading the body alike.
    const signal = AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${spec.path}`, {
        method: spec.method,
        headers,
        body: hasBody ? JSON.stringify(spec.body) : undefined,
        cache: "no-store",
        redirect: "manual",
        signal,
      });
    } catch (error) {
      throw networkFailure(context, error, { hasTimedOut: signal.aborted });
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw networkFailure(context, error, { hasTimedOut: signal.aborted, status: response.status });
    }

    if (!response.ok) throw httpFailure(context, response, text);
    if (spec.ignoresSuccessBody) return schema.parse(undefined);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // The parser's own message quotes the body, which may hold a token: say only how long it was.
      throw badResponseFailure(context, response.status, `body is not JSON (${text.length} characters)`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw badResponseFailure(context, response.status, `unexpected shape: ${describeIssues(parsed.error)}`);
    }
    return parsed.data;
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join(".") : "(body)"}: ${issue.message}`)
    .join("; ");
}
