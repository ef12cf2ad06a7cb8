import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAlertSiteClient } from "./client";
import { expectFailure, expectNoSecrets } from "./testing/expect-failure";
import { type FakeUpstream, startFakeUpstream } from "./testing/fake-upstream";

const TOKEN = "tok-monitor-calls";
const writeBody = {
  billing_plancode: "UBM - A/A",
  name: "Round trip",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://mail.example.com:995",
  email: "roundtrip@example.com",
};

const upstreamMonitor = {
  id: 123456,
  type: "email-round-trip",
  name: "Round trip",
  billing_plancode: "UBM - A/A",
  enabled: true,
  interval: 15,
  timeout: 300,
  note: null,
  locations: [{ id: "10", name: "Fort Lauderdale", region: "US" }],
  custom_properties: [{ id: 7, name: "Team", value: "Mail", value_id: 71 }],
  email_password: "mailbox-secret",
  some_future_field: { kept: true },
};

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

const client = () => createAlertSiteClient({ baseUrl: upstream.baseUrl, timeoutMs: 2000 });

describe("createRoundTripMonitor", () => {
  it("posts the body with the bearer token and returns the string id", async () => {
    upstream.respond({ json: { id: "123456" } });

    await expect(client().createRoundTripMonitor(TOKEN, writeBody)).resolves.toEqual({ id: "123456" });

    const request = upstream.lastRequest();
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/api/v3/monitors/email-round-trip");
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual(writeBody);
  });

  it("turns a numeric id into a string", async () => {
    upstream.respond({ json: { id: 123456 } });
    await expect(client().createRoundTripMonitor(TOKEN, writeBody)).resolves.toEqual({ id: "123456" });
  });
});

describe("the mailbox password in a write", () => {
  it("is scrubbed from AlertSite's messages when a create's error quotes it back", async () => {
    upstream.respond({
      status: 400,
      json: { errors: [{ code: 400, message: "Mailbox login failed with password 'Pa55-mailbox'." }] },
    });

    const error = await expectFailure(
      client().createRoundTripMonitor(TOKEN, { ...writeBody, email_password: "Pa55-mailbox" }),
    );

    expect(error.errors[0]?.message).toBe("Mailbox login failed with password '[redacted]'.");
    expectNoSecrets(error, ["Pa55-mailbox", TOKEN]);
  });

  it("is scrubbed from an edit's errors too", async () => {
    upstream.respond({ status: 400, json: { errors: [{ code: 400, message: "Pa55-mailbox is not accepted" }] } });

    const error = await expectFailure(
      client().editRoundTripMonitor(TOKEN, "123456", { email_password: "Pa55-mailbox" }),
    );

    expectNoSecrets(error, ["Pa55-mailbox"]);
  });
});

describe("editRoundTripMonitor", () => {
  it("patches only the given fields at the URL-encoded id and returns the string id", async () => {
    upstream.respond({ json: { id: "42" } });

    await expect(client().editRoundTripMonitor(TOKEN, "42/../1", { name: "Renamed" })).resolves.toEqual({ id: "42" });

    const request = upstream.lastRequest();
    expect(request.method).toBe("PATCH");
    expect(request.url).toBe("/api/v3/monitors/email-round-trip/42%2F..%2F1");
    expect(JSON.parse(request.body)).toEqual({ name: "Renamed" });
  });

  it("turns a numeric id into a string", async () => {
    upstream.respond({ json: { id: 42 } });
    await expect(client().editRoundTripMonitor(TOKEN, "42", { enabled: false })).resolves.toEqual({ id: "42" });
  });
});

describe("getMonitor", () => {
  it("gets /monitors/{id} and returns the id as a string, nulls kept as null (no value), unknown fields dropped", async () => {
    upstream.respond({ json: upstreamMonitor });

    const monitor = await client().getMonitor(TOKEN, "123456");

    expect(upstream.lastRequest()).toMatchObject({ method: "GET", url: "/api/v3/monitors/123456", body: "" });
    expect(upstream.lastRequest().headers["content-type"]).toBeUndefined();
    expect(monitor.id).toBe("123456");
    expect(monitor.name).toBe("Round trip");
    expect(monitor.note ?? undefined).toBeUndefined();
    expect(monitor.locations).toEqual([{ id: 10, name: "Fort Lauderdale", region: "US" }]);
    expect(monitor.custom_properties).toEqual([{ id: 7, name: "Team", value: "Mail", value_id: 71 }]);
    // The browser gets only the fields the console knows.
    expect("some_future_field" in monitor).toBe(false);
  });

  it("never passes on the write-only email_password", async () => {
    upstream.respond({ json: upstreamMonitor });

    const monitor = await client().getMonitor(TOKEN, "123456");

    expect("email_password" in monitor).toBe(false);
    expect(JSON.stringify(monitor)).not.toContain("mailbox-secret");
  });

  it("reads a monitor with odd fields, treating what it cannot read as absent", async () => {
    upstream.respond({ json: { ...upstreamMonitor, enabled: "Off", note: 42, locations: null } });

    const monitor = await client().getMonitor(TOKEN, "123456");

    expect(monitor).toMatchObject({ id: "123456", enabled: false, locations: null, interval: 15 });
    expect(monitor).not.toHaveProperty("note");
  });

  it("fails as a bad response only when the monitor has no usable id", async () => {
    upstream.respond({ json: { ...upstreamMonitor, id: "one" } });

    const error = await expectFailure(client().getMonitor(TOKEN, "123456"));

    expect(error).toMatchObject({ kind: "bad_response" });
  });

  it("answers 404 Record not found with AlertSite's message", async () => {
    upstream.respond({ status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } });

    const error = await expectFailure(client().getMonitor(TOKEN, "999"));

    expect(error).toMatchObject({ kind: "http", status: 404, errors: [{ code: 404, message: "Record not found" }] });
  });
});

describe("listRoundTripMonitors", () => {
  const other = { id: 5, type: "website", name: "Home page" };
  const untyped = { id: "6", name: "No type field" };

  it("asks for round-trip monitors and accepts a bare array", async () => {
    upstream.respond({ json: [upstreamMonitor, untyped] });

    const { monitors } = await client().listRoundTripMonitors(TOKEN);

    expect(upstream.lastRequest().url).toBe("/api/v3/monitors?type=email-round-trip");
    expect(monitors.map((monitor) => monitor.id)).toEqual(["123456", "6"]);
  });

  it("accepts a {results: [...]} envelope", async () => {
    upstream.respond({ json: { results: [upstreamMonitor], total: 1 } });

    const { monitors } = await client().listRoundTripMonitors(TOKEN);

    expect(monitors.map((monitor) => monitor.id)).toEqual(["123456"]);
  });

  it("drops monitors of other types even when AlertSite ignores the filter", async () => {
    upstream.respond({ json: { results: [other, upstreamMonitor, { ...other, id: 8, type: "EmailRoundTrip" }] } });

    const { monitors } = await client().listRoundTripMonitors(TOKEN);

    expect(monitors.map((monitor) => monitor.id)).toEqual(["123456", "8"]);
  });

  it("drops email_password from every listed monitor", async () => {
    upstream.respond({ json: [upstreamMonitor] });

    const { monitors } = await client().listRoundTripMonitors(TOKEN);

    expect(JSON.stringify(monitors)).not.toContain("email_password");
  });

  it("keeps every monitor it can read and counts the ones without a usable id", async () => {
    const odd = { ...upstreamMonitor, id: 9, enabled: "yes", interval: "5", locations: [{ id: 10, region: 3 }] };
    upstream.respond({ json: { results: [upstreamMonitor, { name: "No id" }, odd, { id: { n: 1 } }] } });

    const { monitors, skipped } = await client().listRoundTripMonitors(TOKEN);

    expect(monitors.map(({ id, enabled, interval }) => ({ id, enabled, interval }))).toEqual([
      { id: "123456", enabled: true, interval: 15 },
      { id: "9", enabled: true, interval: 5 },
    ]);
    expect(monitors[1]?.locations).toEqual([{ id: 10, region: "3" }]);
    expect(skipped).toBe(2);
  });

  it("treats a field of an unexpected type as absent instead of failing the list", async () => {
    upstream.respond({ json: [{ ...upstreamMonitor, name: ["Round", "trip"], timeout: "soon" }] });

    const { monitors, skipped } = await client().listRoundTripMonitors(TOKEN);

    expect(monitors).toHaveLength(1);
    expect(monitors[0]).not.toHaveProperty("name");
    expect(monitors[0]).not.toHaveProperty("timeout");
    expect(monitors[0]?.interval).toBe(15);
    expect(skipped).toBe(0);
  });
});
