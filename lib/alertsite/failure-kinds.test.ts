import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { createAlertSiteClient } from "./client";
import { type AlertSiteError } from "./errors";
import { expectFailure, expectNoSecrets } from "./testing/expect-failure";
import { closedPortBaseUrl, type FakeUpstream, startFakeUpstream } from "./testing/fake-upstream";

/** Any valid create body: these tests are about AlertSite's answer, not what was sent. */
const createBody: MonitorCreateBody = {
  billing_plancode: "UBM - A/A",
  name: "x",
  smtp_hostname: "smtp.example.com",
  pop3_hostname: "pop.example.com",
  email: "roundtrip@example.com",
};

const TOKEN = "tok-FAILURE-kinds-0123456789";

const GATEWAY_PAGE = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>`;

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

const client = (timeoutMs = 2000) => createAlertSiteClient({ baseUrl: upstream.baseUrl, timeoutMs });

/** Every failure goes through the same checks: at least one message, no markup, no token. */
async function failing(call: Promise<unknown>): Promise<AlertSiteError> {
  const error = await expectFailure(call);
  expect(error.errors.length).toBeGreaterThan(0);
  for (const { message } of error.errors) expect(message).not.toContain("<");
  expectNoSecrets(error, [TOKEN]);
  return error;
}

describe("AlertSite error envelopes", () => {
  it("400 with one error keeps AlertSite's code and message", async () => {
    upstream.respond({ status: 400, json: { errors: [{ code: 400, message: "Field 'email' is required." }] } });

    const error = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    expect(error).toMatchObject({ kind: "http", status: 400, retryAfterSeconds: undefined });
    expect(error.errors).toEqual([{ code: 400, message: "Field 'email' is required." }]);
    expect(error.message).toBe("Field 'email' is required.");
  });

  it("400 with several errors keeps all of them in order", async () => {
    upstream.respond({
      status: 400,
      json: {
        errors: [
          { code: 400, message: "Field 'name' is required." },
          { code: "400", message: "Invalid interval." },
          { message: "Unknown billing plan." },
        ],
      },
    });

    const error = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    expect(error.errors).toEqual([
      { code: 400, message: "Field 'name' is required." },
      { code: 400, message: "Invalid interval." },
      { code: 400, message: "Unknown billing plan." },
    ]);
  });

  it("accepts {error} and {message} shapes and falls back to the status for a missing code", async () => {
    upstream.respond({ status: 409, json: { error: "Monitor name already in use." } });
    expect((await failing(client().createRoundTripMonitor(TOKEN, createBody))).errors).toEqual([
      { code: 409, message: "Monitor name already in use." },
    ]);

    upstream.respond({ status: 422, json: { message: "Interval not allowed by the plan." } });
    expect((await failing(client().createRoundTripMonitor(TOKEN, createBody))).errors).toEqual([
      { code: 422, message: "Interval not allowed by the plan." },
    ]);

    upstream.respond({
      status: 400,
      json: { error: "invalid_request", error_description: "User authentication failed." },
    });
    expect((await failing(client().createRoundTripMonitor(TOKEN, createBody))).errors).toEqual([
      { code: 400, message: "invalid_request - User authentication failed." },
    ]);
  });

  it("401 keeps AlertSite's message so the console can say the session ended", async () => {
    upstream.respond({ status: 401, json: { errors: [{ code: 401, message: "Access token expired." }] } });

    const error = await failing(client().listRoundTripMonitors(TOKEN));

    expect(error).toMatchObject({
      kind: "http",
      status: 401,
      errors: [{ code: 401, message: "Access token expired." }],
    });
  });

  it("403 keeps AlertSite's message", async () => {
    upstream.respond({ status: 403, json: { errors: [{ code: 403, message: "Permission denied." }] } });

    const error = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    expect(error).toMatchObject({ kind: "http", status: 403, errors: [{ code: 403, message: "Permission denied." }] });
  });

  it("404 Record not found", async () => {
    upstream.respond({ status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } });

    const error = await failing(client().editRoundTripMonitor(TOKEN, "1", { name: "x" }));

    expect(error).toMatchObject({ kind: "http", status: 404, message: "Record not found" });
  });

  it("500 with a JSON envelope keeps AlertSite's message", async () => {
    upstream.respond({ status: 500, json: { errors: [{ code: 500, message: "Internal error, try later." }] } });

    const error = await failing(client().getMonitor(TOKEN, "1"));

    expect(error).toMatchObject({
      kind: "http",
      status: 500,
      errors: [{ code: 500, message: "Internal error, try later." }],
    });
  });

  it("a JSON error body without any message falls back to the status line", async () => {
    upstream.respond({ status: 409, json: { conflict: true } });

    const error = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    expect(error).toMatchObject({ kind: "http", status: 409, message: "AlertSite answered 409 Conflict." });
  });
});

describe("rate limits", () => {
  it("429 with Retry-After in seconds", async () => {
    upstream.respond({
      status: 429,
      headers: { "retry-after": "30" },
      json: { errors: [{ code: 429, message: "Too many requests." }] },
    });

    const error = await failing(client().listRoundTripMonitors(TOKEN));

    expect(error).toMatchObject({ kind: "http", status: 429, retryAfterSeconds: 30 });
    expect(error.errors).toEqual([{ code: 429, message: "Too many requests." }]);
  });

  it("429 with Retry-After as an HTTP date", async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    upstream.respond({
      status: 429,
      headers: { "retry-after": inTwoMinutes, "content-type": "text/plain" },
      body: "slow down",
    });

    const error = await failing(client().listRoundTripMonitors(TOKEN));

    expect(error.kind).toBe("http");
    // HTTP dates have one-second resolution and the request takes a moment.
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(118);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(120);
    expect(error.message).toMatch(
      /^AlertSite answered 429 Too Many Requests\. Try again in (2 minutes|11\d seconds)\.$/,
    );
  });

  it("ignores Retry-After on statuses other than 429 and 503", async () => {
    upstream.respond({
      status: 500,
      headers: { "retry-after": "30" },
      json: { errors: [{ code: 500, message: "Oops." }] },
    });

    expect((await failing(client().getMonitor(TOKEN, "1"))).retryAfterSeconds).toBeUndefined();
  });
});

describe("non-JSON and unreadable answers", () => {
  it("502 with an HTML gateway page gives a plain message without the HTML", async () => {
    upstream.respond({ status: 502, headers: { "content-type": "text/html" }, body: GATEWAY_PAGE });

    const error = await failing(client().listRoundTripMonitors(TOKEN));

    expect(error).toMatchObject({ kind: "http", status: 502 });
    expect(error.errors).toEqual([
      { code: 502, message: "AlertSite answered 502 Bad Gateway. Try again in a minute." },
    ]);
    expect(error.cause).not.toContain("<");
  });

  it("503 with an HTML page and Retry-After says when to try again", async () => {
    upstream.respond({
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": "45" },
      body: "<html><body><h1>Maintenance</h1></body></html>",
    });

    const error = await failing(client().getMonitor(TOKEN, "1"));

    expect(error).toMatchObject({ kind: "http", status: 503, retryAfterSeconds: 45 });
    expect(error.message).toBe("AlertSite answered 503 Service Unavailable. Try again in 45 seconds.");
  });

  it("a message with markup inside a JSON envelope is not shown", async () => {
    upstream.respond({ status: 502, json: { message: GATEWAY_PAGE } });

    const error = await failing(client().getMonitor(TOKEN, "1"));

    expect(error.message).toBe("AlertSite answered 502 Bad Gateway. Try again in a minute.");
  });

  it("malformed JSON under a JSON content type is a bad_response", async () => {
    upstream.respond({
      status: 500,
      headers: { "content-type": "application/json" },
      body: '{"errors": [{"code": 500, "mess',
    });

    const error = await failing(client().getMonitor(TOKEN, "1"));

    expect(error).toMatchObject({ kind: "bad_response", status: 500 });
    expect(error.message).toBe(
      "AlertSite answered 500 Internal Server Error with a body the console could not read. Try again in a minute.",
    );
  });

  it("malformed JSON on a 200 is a bad_response", async () => {
    upstream.respond({ status: 200, headers: { "content-type": "application/json" }, body: '{"id": 12' });

    const error = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    // AlertSite said yes before the answer broke: a retry could make a second monitor, so the outcome is unknown.
    expect(error).toMatchObject({ kind: "bad_response", status: 200, unknownOutcome: "unreadable-answer" });
    expect(error.message).toBe("AlertSite sent an answer the console did not understand.");
  });

  it("an unreadable 2xx to a read only says it was not understood", async () => {
    upstream.respond({ status: 200, headers: { "content-type": "application/json" }, body: '{"id": 12' });

    const error = await failing(client().getMonitor(TOKEN, "1"));

    expect(error.message).toBe("AlertSite sent an answer the console did not understand.");
    expect(error.unknownOutcome).toBeUndefined();
  });

  it("a 2xx of the wrong shape is a bad_response naming the field in the cause", async () => {
    upstream.respond({ json: { id: "not-a-number" } });

    const error = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    expect(error).toMatchObject({ kind: "bad_response", status: 200, unknownOutcome: "unreadable-answer" });
    expect(error.cause).toContain("id");
  });

  it("a list that is neither an array nor a list envelope is a bad_response", async () => {
    upstream.respond({ json: { count: 3 } });

    expect((await failing(client().listRoundTripMonitors(TOKEN))).kind).toBe("bad_response");
  });

  it("a redirect is not followed and counts as an http error", async () => {
    upstream.respond({ status: 302, headers: { location: "https://login.example.com/" } });

    const error = await failing(client().getMonitor(TOKEN, "1"));

    expect(error).toMatchObject({ kind: "http", status: 302 });
    expect(error.message).toBe(
      "AlertSite answered 302 Found. The console does not follow redirects: check the AlertSite address.",
    );
    expect(upstream.requests).toHaveLength(1);
  });
});

describe("network failures", () => {
  it("connection refused is unreachable and names the origin", async () => {
    const baseUrl = await closedPortBaseUrl();
    const refused = createAlertSiteClient({ baseUrl, timeoutMs: 2000 });

    const error = await failing(refused.listRoundTripMonitors(TOKEN));

    expect(error).toMatchObject({ kind: "unreachable", status: undefined });
    expect(error.message).toBe(
      `Could not reach AlertSite at ${new URL(baseUrl).origin}. Check the network connection and the AlertSite address, then try again.`,
    );
    expect(error.cause).toContain("ECONNREFUSED");
  });

  it("a server that never answers times out after the configured time", async () => {
    upstream.respond({ stall: "before-headers" });
    const started = Date.now();

    const error = await failing(client(200).getMonitor(TOKEN, "1"));

    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toMatchObject({ kind: "timeout", status: undefined });
    expect(error.message).toBe("AlertSite did not answer within 0.2 seconds.");
  });

  it("the timeout also covers a body that stops arriving", async () => {
    upstream.respond({ stall: "mid-body", json: { id: 1, name: "slow" } });

    const error = await failing(client(200).getMonitor(TOKEN, "1"));

    expect(error).toMatchObject({ kind: "timeout", status: 200 });
  });

  it("a timed-out write has an unknown outcome", async () => {
    upstream.respond({ stall: "before-headers" });

    const error = await failing(client(200).createRoundTripMonitor(TOKEN, createBody));

    expect(error).toMatchObject({ kind: "timeout", unknownOutcome: "timeout" });
    expect(error.message).toBe("AlertSite did not answer within 0.2 seconds.");
  });

  it("a gateway's 5xx to a write has an unknown outcome; AlertSite's own 5xx message does not", async () => {
    upstream.respond({ status: 502, headers: { "content-type": "text/html" }, body: "<h1>Bad Gateway</h1>" });
    upstream.respond({ status: 500, json: { errors: [{ code: 500, message: "Internal error." }] } });

    const gateway = await failing(client().createRoundTripMonitor(TOKEN, createBody));
    const refused = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    expect(gateway).toMatchObject({ status: 502, unknownOutcome: "gateway-error", isAlertSiteText: false });
    expect(refused).toMatchObject({ status: 500, unknownOutcome: undefined, isAlertSiteText: true });
  });

  it("a socket closed before the answer is unreachable, with the outcome of a write unknown", async () => {
    upstream.respond({ destroy: "before-headers" });

    const error = await failing(client().createRoundTripMonitor(TOKEN, createBody));

    expect(error).toMatchObject({ kind: "unreachable", status: undefined, unknownOutcome: "connection-lost" });
    expect(error.message).toBe(`The connection to AlertSite at ${upstream.origin} broke before the answer arrived.`);
  });

  it("a socket closed in the middle of the body is unreachable with the status that was received", async () => {
    upstream.respond({ destroy: "mid-body", json: [{ id: 1 }, { id: 2 }] });

    const error = await failing(client().listRoundTripMonitors(TOKEN));

    expect(error).toMatchObject({ kind: "unreachable", status: 200 });
    expect(error.message).toBe(
      `The connection to AlertSite at ${upstream.origin} broke before the answer arrived. Try again in a minute.`,
    );
  });
});
