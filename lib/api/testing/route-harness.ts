import { encode, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { expect } from "vitest";
import {
  type FakeUpstream,
  type RecordedRequest,
  type ScriptedResponse,
  startFakeUpstream,
} from "@/lib/alertsite/testing/fake-upstream";
import { type ApiErrorEnvelope, apiErrorEnvelopeSchema } from "@/lib/api/envelope";
import { resetConfigForTests } from "@/lib/config";

// Calls the exported route handlers directly, as Next would: a NextRequest with a real encrypted
// session cookie, and AlertSite replaced by a local fake upstream through ALERTSITE_API_URL.

export const TEST_SECRET = "route-handler-tests-secret-0123456789abcdefgh";
export const CONSOLE_ORIGIN = "http://console.test";
export const SESSION_COOKIE = "next-auth.session-token";
export const UPSTREAM_TOKEN = "tok-route-tests-SECRET-0123456789";

const ENV_KEYS = ["NEXTAUTH_SECRET", "NEXTAUTH_URL", "ALERTSITE_API_URL", "ALERTSITE_TIMEOUT_MS"] as const;

/** Points the console at `upstreamBaseUrl` with a known secret and origin; returns the undo. */
export function useConsoleEnvironment(upstreamBaseUrl: string, timeoutMs = 2000): () => void {
  const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  process.env.NEXTAUTH_URL = CONSOLE_ORIGIN;
  process.env.ALERTSITE_API_URL = upstreamBaseUrl;
  process.env.ALERTSITE_TIMEOUT_MS = String(timeoutMs);
  // getAlertSite() rebuilds its client whenever the configuration is re-read.
  resetConfigForTests();
  return () => {
    for (const key of ENV_KEYS) {
      const value = saved[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetConfigForTests();
  };
}

/** `next-auth.session-token=<encrypted JWT>` as the browser would send it after a sign-in. */
export async function sessionCookie(claims: Partial<JWT> = {}): Promise<string> {
  const token: JWT = {
    email: "ops@example.com",
    alertSiteToken: UPSTREAM_TOKEN,
    alertSiteTokenExpiresAt: Date.now() + 30 * 60 * 1000,
    ...claims,
  };
  return `${SESSION_COOKIE}=${await encode({ token, secret: TEST_SECRET })}`;
}

export type ConsoleRequestInit = {
  method?: string;
  body?: string;
  /** Extra headers; a value of null removes a default (origin, content-type). */
  headers?: Record<string, string | null>;
  cookie?: string;
};

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A same-origin browser request to the console; writes carry JSON and the console's Origin unless told otherwise. */
export function consoleRequest(
  path: string,
  { method = "GET", body, headers = {}, cookie }: ConsoleRequestInit = {},
): NextRequest {
  const defaults: Record<string, string> = WRITE_METHODS.has(method)
    ? { origin: CONSOLE_ORIGIN, "sec-fetch-site": "same-origin", "content-type": "application/json" }
    : { "sec-fetch-site": "same-origin" };
  const merged = new Headers(defaults);
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) merged.delete(name);
    else merged.set(name, value);
  }
  if (cookie) merged.set("cookie", cookie);
  return new NextRequest(`${CONSOLE_ORIGIN}${path}`, { method, headers: merged, body });
}

export function routeContext<P>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}

/** The response's JSON body parsed as the console's error envelope; fails the test if it is not one. */
export async function expectEnvelope(response: Response, status?: number): Promise<ApiErrorEnvelope> {
  if (status !== undefined) expect(response.status).toBe(status);
  expect(response.headers.get("content-type") ?? "").toMatch(/^application\/json/);
  const parsed = apiErrorEnvelopeSchema.safeParse(await response.json());
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

export const STORED_MONITOR = {
  type: "email-round-trip",
  name: "Stored monitor",
  billing_plancode: "UBM - A/A",
  smtp_hostname: "smtp.example.com",
  pop3_hostname: "pop.example.com",
  email: "roundtrip@example.com",
  interval: 60,
  timeout: 120,
  locations: [{ id: 10 }, { id: 20 }],
  home_location: 10,
  monitor_location_count: 1,
} as const;

/** AlertSite's status report path: read alongside list and monitor reads, so scripted with `respondTo(STATUS_PATH, …)`. */
export const STATUS_PATH = /\/report-sitestatus$/;

/** The status the happy path reports: every monitor asked about is OK, checked at this time. */
export const HAPPY_CHECKED_AT = "2026-11-23T14:05:09.000Z";

/** The route tests' fake AlertSite: the happy path unless scripted; the status read never takes a `respond()` script. */
export function startRouteUpstream(): Promise<FakeUpstream> {
  return startFakeUpstream({ answer: happyAlertSite, unscriptedPaths: STATUS_PATH });
}

/** The fake upstream's answers when a test scripted none: AlertSite's happy path for every call the console makes. */
export function happyAlertSite(request: RecordedRequest): ScriptedResponse {
  const { pathname, searchParams } = new URL(request.url, "http://upstream.invalid");
  if (request.method === "GET" && STATUS_PATH.test(pathname)) {
    const ids = searchParams.get("monitors")?.split(",") ?? ["123456"];
    const rows = ids.map((id) => ({
      monitor_id: id,
      last_status: 0,
      last_status_desc: "OK",
      dt_last_status: HAPPY_CHECKED_AT,
    }));
    return { json: { results: rows } };
  }
  const id = /^\/api\/v3\/monitors(?:\/email-round-trip)?\/(\d+)$/.exec(pathname)?.[1];
  const testId = /^\/api\/v3\/tests\/([^/]+)$/.exec(pathname)?.[1];
  if (request.method === "GET" && pathname === "/api/v3/tests") {
    const monitorId = searchParams.get("monitor_id") ?? "";
    return { json: { test_id: `t-${monitorId}`, result_url: `https://alertsite.example/results/t-${monitorId}` } };
  }
  if (request.method === "GET" && testId !== undefined) {
    return { json: { progress: 2, progress_desc: "Test Completed", status: 0, status_desc: "Site is OK Now!" } };
  }
  if (request.method === "DELETE" && /^\/api\/v3\/monitors\/\d+$/.test(pathname)) return { status: 204 };
  if (request.method === "POST" && pathname === "/api/v3/monitors/email-round-trip") return { json: { id: "200001" } };
  if (request.method === "PATCH" && id !== undefined) return { json: { id } };
  if (request.method === "GET" && id !== undefined) return { json: { ...STORED_MONITOR, id: Number(id) } };
  if (request.method === "GET" && pathname === "/api/v3/monitors")
    return { json: { results: [{ ...STORED_MONITOR, id: 123456 }] } };
  return { status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } };
}
