import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  expectEnvelope,
  startRouteUpstream,
  routeContext,
  SESSION_COOKIE,
  sessionCookie,
  UPSTREAM_TOKEN,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { GET as getMonitor, PATCH as editMonitor } from "./monitors/[id]/route";
import { POST as createMonitor, GET as listMonitors } from "./monitors/route";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";

const VALID_MONITOR = {
  billing_plancode: "UBM - A/A",
  name: "Billing mailbox",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip@example.com",
  email_password: "mailbox-PASSWORD-42",
};

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

describe("POST /api/monitors", () => {
  it("creates the monitor with the user's token and only the fields the schema knows", async () => {
    const response = await create({ ...VALID_MONITOR, id: 9, access_type: "x", surprise: true });

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ id: "200001" });
    expect(upstream.requests).toHaveLength(1);
    const sent = upstream.lastRequest();
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("/api/v3/monitors/email-round-trip");
    expect(sent.headers.authorization).toBe(`Bearer ${UPSTREAM_TOKEN}`);
    expect(JSON.parse(sent.body)).toEqual(VALID_MONITOR);
  });

  it("answers 401 without a session and sends nothing", async () => {
    const envelope = await expectEnvelope(await create(VALID_MONITOR, {}, ""), 401);
    expect(envelope.errors[0]?.message).toMatch(/session has ended/);
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers 401 for a session whose AlertSite token has run out, and sends nothing", async () => {
    const expired = await sessionCookie({ alertSiteTokenExpiresAt: Date.now() - 1000 });
    await expectEnvelope(await create(VALID_MONITOR, {}, expired), 401);
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers 401 for a cookie sealed with another secret", async () => {
    const token = {
      email: "ops@example.com",
      alertSiteToken: UPSTREAM_TOKEN,
      alertSiteTokenExpiresAt: Date.now() + 60_000,
    };
    const forged = `${SESSION_COOKIE}=${await encode({ token, secret: "someone-elses-secret-0123456789abcdefghijkl" })}`;
    await expectEnvelope(await create(VALID_MONITOR, {}, forged), 401);
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers 400 with a message per field for a body the schema refuses", async () => {
    const envelope = await expectEnvelope(await create({ ...VALID_MONITOR, email: "nope", timeout: 900 }), 400);
    expect(envelope.errors.map((error) => error.field)).toEqual(expect.arrayContaining(["email", "timeout"]));
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("cross-site requests to state-changing routes", () => {
  it.each([
    ["another site's Origin", { origin: "https://evil.example" }],
    ["a look-alike Origin", { origin: "http://console.test.evil.example" }],
    ["Origin: null", { origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { origin: null, "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { origin: null, "sec-fetch-site": "same-site" }],
    ["a matching Origin but Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  ])("refuses %s with 403, even with a valid session, and sends nothing", async (_, headers) => {
    const envelope = await expectEnvelope(await create(VALID_MONITOR, headers), 403);
    expect(envelope.errors[0]?.message).toBe("This request came from another site, so the console refused it.");
    expect(upstream.requests).toHaveLength(0);
  });

  it.each([
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json-patch+json",
    null,
  ])("refuses a body sent as %s with 415 and sends nothing", async (contentType) => {
    await expectEnvelope(await create(VALID_MONITOR, { "content-type": contentType }), 415);
    expect(upstream.requests).toHaveLength(0);
  });

  it("accepts a request from a non-browser client that sends neither Origin nor Sec-Fetch-Site", async () => {
    const response = await create(VALID_MONITOR, { origin: null, "sec-fetch-site": null });
    expect(response.status).toBe(200);
  });

  it("guards PATCH the same way", async () => {
    const request = consoleRequest("/api/monitors/123456", {
      method: "PATCH",
      body: JSON.stringify({ name: "Renamed" }),
      headers: { origin: "https://evil.example" },
      cookie,
    });
    await expectEnvelope(await editMonitor(request, routeContext({ id: "123456" })), 403);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("PATCH /api/monitors/{id}", () => {
  const edit = (id: string, body: unknown) =>
    editMonitor(
      consoleRequest(`/api/monitors/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: JSON.stringify(body),
        cookie,
      }),
      routeContext({ id }),
    );

  it("sends only the changed fields", async () => {
    const response = await edit("123456", { name: "Renamed", unknown_field: 1 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "123456" });
    const patch = upstream.requests.find((request) => request.method === "PATCH");
    expect(patch?.url).toBe("/api/v3/monitors/email-round-trip/123456");
    expect(JSON.parse(patch?.body ?? "null")).toEqual({ name: "Renamed" });
  });

  it.each(["0", "-1", "abc", "1.5", "..%2F..%2Faccess-tokens", "../access-tokens", "123456/../../x", " 123456", "1e5"])(
    "answers 404 for the id %j and sends nothing",
    async (id) => {
      await expectEnvelope(await edit(id, { name: "x" }), 404);
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it("answers 400 for an empty change and sends nothing", async () => {
    await expectEnvelope(await edit("123456", {}), 400);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("GET /api/monitors and /api/monitors/{id}", () => {
  it("lists the account's round-trip monitors", async () => {
    const response = await listMonitors(consoleRequest("/api/monitors", { cookie }), routeContext({}));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { monitors: { id: string }[] };
    expect(body.monitors.map((monitor) => monitor.id)).toEqual(["123456"]);
    expect(upstream.requests.map((request) => request.url).sort()).toEqual([
      "/api/v3/monitors?type=email-round-trip",
      "/api/v3/report-sitestatus",
    ]);
  });

  it("reads one monitor by id, never its mailbox password", async () => {
    upstream.respond({
      json: { id: 123456, type: "email-round-trip", name: "Stored", email_password: "stored-secret" },
    });
    const response = await getMonitor(
      consoleRequest("/api/monitors/123456", { cookie }),
      routeContext({ id: "123456" }),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('"id":"123456"');
    expect(text).not.toContain("stored-secret");
  });

  it("answers the browser only the fields the console knows, in the monitor and in its locations", async () => {
    upstream.respond({
      json: {
        id: 123456,
        name: "Stored",
        internal_billing_ref: "ACME-7781",
        locations: [{ id: 10, name: "Fort Lauderdale", internal_host: "probe-7.internal" }],
      },
    });
    const response = await getMonitor(
      consoleRequest("/api/monitors/123456", { cookie }),
      routeContext({ id: "123456" }),
    );
    const body = (await response.json()) as { monitor: unknown };
    expect(body.monitor).toEqual({ id: "123456", name: "Stored", locations: [{ id: 10, name: "Fort Lauderdale" }] });
  });

  it("says a malformed id was not found without repeating it", async () => {
    const id = "Your account is locked. Call 555";
    const response = await getMonitor(
      consoleRequest(`/api/monitors/${encodeURIComponent(id)}`, { cookie }),
      routeContext({ id }),
    );
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ code: 404, message: "This monitor was not found." }] });
    expect(text).not.toContain("locked");
  });

  it.each(["0", "abc", "..%2F..%2Faccess-tokens", "../access-tokens", "%2e%2e", "123456?select=email_password"])(
    "answers 404 for the id %j and sends nothing",
    async (id) => {
      const response = await getMonitor(
        consoleRequest(`/api/monitors/${encodeURIComponent(id)}`, { cookie }),
        routeContext({ id }),
      );
      await expectEnvelope(response, 404);
      expect(upstream.requests).toHaveLength(0);
    },
  );
});
