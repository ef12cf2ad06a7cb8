import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closedPortBaseUrl, type FakeUpstream, type ScriptedResponse } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  expectEnvelope,
  startRouteUpstream,
  routeContext,
  sessionCookie,
  UPSTREAM_TOKEN,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { errorLines } from "@/lib/api/envelope";
import { resetConfigForTests } from "@/lib/config";
import { POST as createMonitor } from "./monitors/route";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";

const VALID_MONITOR = {
  billing_plancode: "UBM - A/A",
  name: "Billing mailbox",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip@example.com",
  email_password: "mailbox-PASSWORD-42",
};

const GATEWAY_PAGE =
  "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;

withTestDatabase();

beforeAll(async () => {
  upstream = await startRouteUpstream();
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie();
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
});
beforeEach(() => upstream.reset());
afterEach(() => vi.restoreAllMocks());

function create(
  body: unknown = VALID_MONITOR,
  headers: Record<string, string | null> = {},
  sessionCookieValue = cookie,
) {
  const request = consoleRequest("/api/monitors", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers,
    cookie: sessionCookieValue,
  });
  return createMonitor(request, routeContext({}));
}

// Every way AlertSite can fail, as the console's route handlers answer it.

type FailureCase = {
  name: string;
  script: ScriptedResponse;
  status: number;
  message: RegExp;
  retryAfter?: string;
};

const FAILURES: FailureCase[] = [
  {
    name: "400 with one error",
    script: {
      status: 400,
      json: { errors: [{ code: 400, message: "Invalid value for 'interval': 7 minutes is not offered." }] },
    },
    status: 400,
    message: /^AlertSite doesn't offer this Run every value.*\nAlertSite said: Invalid value for 'interval'/,
  },
  {
    name: "400 with several errors",
    script: {
      status: 400,
      json: {
        errors: [
          { code: 400, message: "Plan 'X' does not exist." },
          { code: 400, message: "Field 'email' is invalid." },
        ],
      },
    },
    status: 400,
    message: /^This measurement plan isn't available .*\nAlertSite said: Plan 'X' does not exist\.\n/,
  },
  {
    name: "401 expired token",
    script: { status: 401, json: { errors: [{ code: 401, message: "Access token expired." }] } },
    status: 401,
    message: /session has ended.*\nAlertSite said: Access token expired\.$/,
  },
  {
    name: "403 role",
    script: { status: 403, json: { errors: [{ code: 403, message: "Forbidden" }] } },
    status: 403,
    // One message for the refusal, with AlertSite's words under it: not the same refusal twice.
    message: /^Your AlertSite role can't create or change monitors\. Only Admin.*\nAlertSite said: Forbidden$/,
  },
  {
    name: "404",
    script: { status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } },
    status: 404,
    message: /^AlertSite has no monitor with this ID\. .*\nAlertSite said: Record not found$/,
  },
  {
    name: "429 with Retry-After",
    script: {
      status: 429,
      headers: { "retry-after": "120" },
      json: { errors: [{ code: 429, message: "Too many requests" }] },
    },
    status: 429,
    message:
      /^AlertSite is receiving too many requests from your account\. Try again in 2 minutes\.\nAlertSite said: Too many requests$/,
    retryAfter: "120",
  },
  {
    name: "500 with JSON",
    script: { status: 500, json: { errors: [{ code: 500, message: "Internal error" }] } },
    status: 500,
    message: /^AlertSite had a problem on its side\. Try again in a minute\.\nAlertSite said: Internal error$/,
  },
  {
    name: "502 with HTML",
    script: { status: 502, headers: { "content-type": "text/html" }, body: GATEWAY_PAGE },
    status: 502,
    message:
      /^It was not created: it is safe to try again\. .*\nAlertSite answered 502 Bad Gateway\. Try again in a minute\.$/,
  },
  {
    name: "503 with HTML",
    script: { status: 503, headers: { "content-type": "text/html" }, body: "<html><body>Maintenance</body></html>" },
    status: 503,
    message: /^It was not created: .*\nAlertSite answered 503 Service Unavailable\. Try again in a minute\.$/,
  },
  {
    name: "malformed JSON on a 200",
    script: { status: 200, headers: { "content-type": "application/json" }, body: '{"id": "12' },
    status: 502,
    message: /^It was not created: .*\nAlertSite sent an answer the console did not understand\.$/,
  },
  {
    name: "connection closed",
    script: { destroy: "before-headers" },
    status: 502,
    message: /^It was not created: .*\nThe connection to AlertSite .* broke before the answer arrived\.$/,
  },
];

describe("AlertSite failures become the console's envelope", () => {
  it.each(FAILURES)("$name → $status", async ({ script, status, message, retryAfter }) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    upstream.respond(script);

    const response = await create();

    const envelope = await expectEnvelope(response, status);
    expect(envelope.errors.flatMap(errorLines).join("\n")).toMatch(message);
    for (const error of envelope.errors) expect(error.message).not.toMatch(/[<>]/);
    expect(response.headers.get("retry-after")).toBe(retryAfter ?? null);
    if (retryAfter) expect(envelope.retryAfterSeconds).toBe(Number(retryAfter));
    // One log line with the answer, AlertSite's status and the cause; never a token or password.
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toContain(`answered=${status}`);
    expect(line).toContain(`request=${response.headers.get("x-request-id") ?? "missing"}`);
    expect(line).toContain("cause=");
    expect(line).not.toContain(UPSTREAM_TOKEN);
    expect(line).not.toContain(VALID_MONITOR.email_password);
  });

  it("400 with several errors keeps every message and marks the field it names", async () => {
    upstream.respond(FAILURES[1]?.script ?? {});
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const envelope = await expectEnvelope(await create(), 400);
    expect(envelope.errors).toEqual([
      {
        code: 400,
        message: "This measurement plan isn't available in your AlertSite account.",
        action: expect.stringMatching(/^Choose a plan/),
        alertSite: "Plan 'X' does not exist.",
      },
      {
        code: 400,
        message: "AlertSite did not accept this value.",
        action: "Check it against the hint and try again.",
        alertSite: "Field 'email' is invalid.",
        field: "email",
      },
    ]);
  });

  it("401 also deletes the session cookie, so the sign-in page does not reuse the dead token", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    upstream.respond({ status: 401, json: { errors: [{ code: 401, message: "Access token expired." }] } });

    const response = await create();

    expect(response.status).toBe(401);
    const cleared = response.headers.getSetCookie().find((value) => value.startsWith("next-auth.session-token="));
    expect(cleared).toMatch(/^next-auth\.session-token=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax$/);
  });

  it("an AlertSite that refuses connections → 502 'could not reach'", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const restore = useConsoleEnvironment(await closedPortBaseUrl());
    try {
      const envelope = await expectEnvelope(await create(), 502);
      expect(envelope.errors[0]?.message).toMatch(/^Could not reach AlertSite at http:\/\/127\.0\.0\.1:\d+\./);
    } finally {
      restore();
      useConsoleEnvironment(upstream.baseUrl);
    }
  });

  it("an AlertSite that does not answer in time → 504 'did not answer within'", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    useConsoleEnvironment(upstream.baseUrl, 300);
    try {
      upstream.respond({ stall: "before-headers" });
      const envelope = await expectEnvelope(await create(), 504);
      expect(envelope.outcome).toBe("not-saved");
      expect(envelope.errors.map((error) => error.message)).toEqual([
        "It was not created: it is safe to try again.",
        "AlertSite did not answer within 0.3 seconds.",
      ]);
    } finally {
      useConsoleEnvironment(upstream.baseUrl);
    }
  });

  it("an unexpected failure is a plain 500 envelope that reveals nothing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    process.env.ALERTSITE_API_URL = "ftp://misconfigured.example";
    resetConfigForTests();
    try {
      const envelope = await expectEnvelope(await create(), 500);
      expect(envelope.errors[0]?.message).toMatch(/^The console hit an unexpected problem/);
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      useConsoleEnvironment(upstream.baseUrl);
    }
  });
});
