import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { createAlertSiteClient } from "./client";
import { expectFailure, expectNoSecrets } from "./testing/expect-failure";
import { type FakeUpstream, type RecordedRequest, startFakeUpstream } from "./testing/fake-upstream";

/** Any valid create body: these tests are about AlertSite's answer, not what was sent. */
const createBody: MonitorCreateBody = {
  billing_plancode: "UBM - A/A",
  name: "x",
  smtp_hostname: "smtp.example.com",
  pop3_hostname: "pop.example.com",
  email: "roundtrip@example.com",
};

const TOKEN = "tok-HEADERS-only-9f8e7d";

// What Node's fetch adds on its own (`cache: "no-store"` is what adds pragma and cache-control);
// anything else would have to come from the client, which sets only the three below.
const FETCH_STANDARD_HEADERS = [
  "host",
  "connection",
  "user-agent",
  "accept-encoding",
  "accept-language",
  "sec-fetch-mode",
  "content-length",
  "pragma",
  "cache-control",
];
const CLIENT_HEADERS = ["authorization", "content-type", "accept"];

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

const client = () => createAlertSiteClient({ baseUrl: upstream.baseUrl, timeoutMs: 2000 });

function expectOnlyAllowedHeaders(request: RecordedRequest): void {
  const unexpected = Object.keys(request.headers).filter(
    (name) => !CLIENT_HEADERS.includes(name) && !FETCH_STANDARD_HEADERS.includes(name),
  );
  expect(unexpected).toEqual([]);
  expect(request.headers.cookie).toBeUndefined();
  expect(request.headers.accept).toBe("application/json");
}

describe("what the client sends", () => {
  it("a write carries Authorization, Content-Type and Accept and nothing of its own beyond them", async () => {
    upstream.respond({ json: { id: "1" } });

    await client().createRoundTripMonitor(TOKEN, createBody);

    const request = upstream.lastRequest();
    expectOnlyAllowedHeaders(request);
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers["content-type"]).toBe("application/json");
  });

  it("a read carries Authorization and Accept but no Content-Type", async () => {
    upstream.respond({ json: [] });

    await client().listRoundTripMonitors(TOKEN);

    const request = upstream.lastRequest();
    expectOnlyAllowedHeaders(request);
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers["content-type"]).toBeUndefined();
  });

  it("sign-in carries no Authorization", async () => {
    upstream.respond({ json: { access_token: "t" } });

    await client().signIn({ username: "a@example.com", password: "p" });

    expectOnlyAllowedHeaders(upstream.lastRequest());
    expect(upstream.lastRequest().headers.authorization).toBeUndefined();
  });
});

describe("the token stays secret", () => {
  it("is scrubbed from an upstream message that echoes it", async () => {
    upstream.respond({ status: 401, json: { errors: [{ code: 401, message: `Token ${TOKEN} has expired.` }] } });

    const error = await expectFailure(client().getMonitor(TOKEN, "1"));

    expectNoSecrets(error, [TOKEN]);
    expect(error.message).toBe("Token [redacted] has expired.");
  });

  it("a token that cannot be a header value is never sent and reads as an ended session", async () => {
    const broken = `${TOKEN}\r\nCookie: stolen=1`;

    const error = await expectFailure(client().getMonitor(broken, "1"));

    expect(upstream.requests).toHaveLength(0);
    expect(error).toMatchObject({ kind: "http", status: 401 });
    expectNoSecrets(error, [TOKEN]);
  });
});
