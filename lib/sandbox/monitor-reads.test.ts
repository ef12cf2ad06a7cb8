import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { asRecord, errorMessages, listResults, startTestSandbox, type TestSandbox } from "./test-support";

const SEED_ROUND_TRIP_IDS = [123456, 123457, 123458, 123459];
const FAILING_SEED_IDS = [123461, 123462];
const WEBSITE_ID = 123460;

describe("reading monitors", () => {
  let sandbox: TestSandbox;
  let token: string;
  let createdId: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    token = await sandbox.signIn();
    const created = await sandbox.call("POST", "/monitors/email-round-trip", {
      token,
      body: {
        billing_plancode: "UBM - Email",
        name: "Password check",
        smtp_hostname: "smtp.example.com",
        pop3_hostname: "mail.example.com",
        email: "roundtrip-check@example.com",
        email_password: "mailbox-secret-123",
        locations: [{ id: 60 }, { id: 70 }],
        custom_properties: [{ id: 1, value_id: 11 }],
      },
    });
    createdId = String(asRecord(created.json).id);
  });
  afterAll(() => sandbox.close());

  it("reads one monitor with a numeric id, expanded locations and properties, and no password", async () => {
    const response = await sandbox.call("GET", `/monitors/${createdId}`, { token });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const monitor = asRecord(response.json);
    expect(monitor).toMatchObject({
      id: Number(createdId),
      type: "email-round-trip",
      name: "Password check",
      locations: [
        { id: 60, name: "Singapore", region: "Asia Pacific" },
        { id: 70, name: "Sydney, AU", region: "Asia Pacific" },
      ],
      home_location: 60,
      custom_properties: [{ id: 1, name: "Team", value: "Billing", value_id: 11 }],
      access_type: "Full",
      blackout_ids: [],
    });
    expect(monitor).not.toHaveProperty("email_password");
    expect(response.text).not.toContain("mailbox-secret-123");
  });

  it("never returns a password in the list either", async () => {
    const response = await sandbox.call("GET", "/monitors", { token });
    expect(response.text).not.toContain("email_password");
    expect(response.text).not.toContain("mailbox-secret-123");
    expect(response.text).not.toContain("seed-billing-secret");
  });

  it("lists every monitor in id order inside a results envelope", async () => {
    const response = await sandbox.call("GET", "/monitors", { token });

    expect(response.status).toBe(200);
    expect(Object.keys(asRecord(response.json))).toEqual(["results"]);
    const ids = listResults(response).map((monitor) => monitor.id);
    expect(ids).toEqual([...SEED_ROUND_TRIP_IDS, WEBSITE_ID, ...FAILING_SEED_IDS, Number(createdId)]);
  });

  it("filters the list by type", async () => {
    const roundTrips = listResults(await sandbox.call("GET", "/monitors?type=email-round-trip", { token }));
    expect(roundTrips.map((monitor) => monitor.id)).toEqual([
      ...SEED_ROUND_TRIP_IDS,
      ...FAILING_SEED_IDS,
      Number(createdId),
    ]);
    expect(roundTrips.every((monitor) => monitor.type === "email-round-trip")).toBe(true);

    const websites = listResults(await sandbox.call("GET", "/monitors?type=website", { token }));
    expect(websites).toEqual([
      expect.objectContaining({ id: WEBSITE_ID, name: "Company homepage", url: "https://www.example.com/" }),
    ]);
  });

  it("limits fields with select, always keeping the id", async () => {
    const one = await sandbox.call("GET", "/monitors/123458?select=name,enabled,no_such_field", { token });
    expect(one.json).toEqual({ id: 123458, name: "Legacy Exchange relay (paused)", enabled: false });

    const list = listResults(await sandbox.call("GET", "/monitors?type=email-round-trip&select=name", { token }));
    expect(list[0]).toEqual({ id: 123456, name: "Billing mailbox round trip" });
    expect(list.every((monitor) => Object.keys(monitor).join() === "id,name")).toBe(true);

    const password = await sandbox.call("GET", `/monitors/${createdId}?select=email_password`, { token });
    expect(password.json).toEqual({ id: Number(createdId) });
  });

  it("reads the website seed monitor through the generic path", async () => {
    const response = await sandbox.call("GET", `/monitors/${WEBSITE_ID}`, { token });
    expect(response.json).toMatchObject({ id: WEBSITE_ID, type: "website", url: "https://www.example.com/" });
  });

  it("answers 404 Record not found for unknown ids", async () => {
    for (const id of ["999999", "not-a-number"]) {
      const response = await sandbox.call("GET", `/monitors/${id}`, { token });
      expect(response.status).toBe(404);
      expect(response.json).toEqual({ errors: [{ code: 404, message: "Record not found" }] });
    }
  });

  it("answers unknown paths with 404 and the error envelope, and wrong methods with 405", async () => {
    for (const path of ["/nothing-here", "/monitors/123456/extra"]) {
      const response = await sandbox.call("GET", path, { token });
      expect(response.status).toBe(404);
      expect(errorMessages(response)).toHaveLength(1);
    }
    const outside = await fetch(sandbox.url.replace("/api/v3", "/api/v2/monitors"));
    expect(outside.status).toBe(404);

    const wrongMethod = await sandbox.call("PUT", "/monitors/123456", { token, body: {} });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, DELETE");
  });
});
