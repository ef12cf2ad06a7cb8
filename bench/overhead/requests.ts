import { BENCH } from "../config";
import { type LoadRequest } from "./load";

// The same create and edit, sent three ways: straight to the upstream, through the bench-only bare
// passthrough route, and through the console's real route handlers with a session.

export const OPERATIONS = ["create", "edit"] as const;
export type Operation = (typeof OPERATIONS)[number];

export const PATHS = ["direct", "bare", "console"] as const;
export type RequestPath = (typeof PATHS)[number];

export const PATH_LABELS: Readonly<Record<RequestPath, string>> = {
  direct: "direct to upstream",
  bare: "bare Next passthrough",
  console: "console route handler",
};

/** The id edited; the fast upstream answers for any. */
const EDITED_ID = "123456";

/** A create as the form sends it: the five required fields and a few settings. */
export const CREATE_BODY = JSON.stringify({
  billing_plancode: "UBM - A/A",
  name: "Bench round trip",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip-bench@example.com",
  email_username: "roundtrip-bench",
  email_password: "bench-mailbox-password",
  interval: 15,
  timeout: 300,
  note: "Created by npm run bench",
});

/**
 * A rename only. The edit handler reads the monitor's current values only when interval, timeout or
 * locations change; a rename is one upstream call, like the other two paths.
 */
export const EDIT_BODY = JSON.stringify({ name: "Bench round trip (renamed)" });

const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" } as const;

const UPSTREAM_PATH: Readonly<Record<Operation, string>> = {
  create: "/monitors/email-round-trip",
  edit: `/monitors/email-round-trip/${EDITED_ID}`,
};

const CONSOLE_PATH: Readonly<Record<Operation, string>> = {
  create: "/api/monitors",
  edit: `/api/monitors/${EDITED_ID}`,
};

export function benchRequest(path: RequestPath, operation: Operation, sessionCookie: string): LoadRequest {
  const method = operation === "create" ? "POST" : "PATCH";
  const body = operation === "create" ? CREATE_BODY : EDIT_BODY;
  switch (path) {
    case "direct":
      return {
        method,
        body,
        url: `${BENCH.upstreamUrl}${UPSTREAM_PATH[operation]}`,
        headers: { ...JSON_HEADERS, Authorization: "Bearer bench-token" },
      };
    case "bare":
      return {
        method,
        body,
        url: `${BENCH.consoleOrigin}/api/bench/passthrough${UPSTREAM_PATH[operation]}`,
        headers: { ...JSON_HEADERS },
      };
    case "console":
      return {
        method,
        body,
        url: `${BENCH.consoleOrigin}${CONSOLE_PATH[operation]}`,
        // Writes are same-origin only: a browser on the console sends its own origin.
        headers: { ...JSON_HEADERS, Cookie: sessionCookie, Origin: BENCH.consoleOrigin },
      };
  }
}

/** Sends one request and says what came back, so a run never measures a stream of errors. */
export async function checkRequest(request: LoadRequest): Promise<{ status: number; body: string }> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: (await response.text()).slice(0, 300) };
}
