import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  DEMO_READ_ONLY,
  asRecord,
  errorCodes,
  errorMessages,
  startTestSandbox,
  type TestSandbox,
} from "./test-support";

const VALID_MONITOR = {
  billing_plancode: "UBM - A/A",
  name: "Payroll mailbox",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://mail.example.com:995",
  email: "roundtrip-payroll@example.com",
};

const READ_ONLY_DENIED =
  "Permission denied - your AlertSite role (Read Only) cannot create or change monitors. Ask an Admin, Co-Admin or Power User.";

describe("creating, editing and deleting round-trip monitors", () => {
  let sandbox: TestSandbox;
  let token: string;
  let readOnlyToken: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    token = await sandbox.signIn();
    readOnlyToken = await sandbox.signIn(DEMO_READ_ONLY);
  });
  afterAll(() => sandbox.close());

  const create = (body: unknown) => sandbox.call("POST", "/monitors/email-round-trip", { token, body });
  const edit = (id: string, body: unknown) =>
    sandbox.call("PATCH", `/monitors/email-round-trip/${id}`, { token, body });

  it("fills omitted fields from the account defaults and hands out increasing string ids", async () => {
    const first = await create(VALID_MONITOR);
    const second = await create({ ...VALID_MONITOR, name: "Payroll mailbox 2" });
    const firstId = Number(asRecord(first.json).id);

    expect(first.status).toBe(200);
    expect(firstId).toBeGreaterThan(200000);
    expect(asRecord(second.json).id).toBe(String(firstId + 1));

    const read = await sandbox.call("GET", `/monitors/${firstId}`, { token });
    expect(read.json).toMatchObject({
      enabled: true,
      interval: 15,
      timeout: 300,
      locations: [{ id: 10 }, { id: 40 }],
      home_location: 10,
      mode: "Primary",
      rotate_locations: false,
      monitor_location_count: 1,
      notify_on_error: true,
      retry_on_failure: true,
      note: "",
      alert_note: "",
      allow_internal_testing: true,
      custom_properties: [],
      email_username: "",
    });
  });

  it("refuses create, edit and delete for the read-only user with 403", async () => {
    const denied = [
      await sandbox.call("POST", "/monitors/email-round-trip", { token: readOnlyToken, body: VALID_MONITOR }),
      await sandbox.call("PATCH", "/monitors/email-round-trip/123457", { token: readOnlyToken, body: { name: "x" } }),
    ];
    for (const response of denied) {
      expect(response.status).toBe(403);
      expect(response.json).toEqual({ errors: [{ code: 403, message: READ_ONLY_DENIED }] });
    }
    const deleted = await sandbox.call("DELETE", "/monitors/123457", { token: readOnlyToken });
    expect(deleted.status).toBe(403);
    expect(errorMessages(deleted)[0]).toMatch(/^Permission denied - your AlertSite role \(Read Only\) cannot delete/);

    const stillThere = await sandbox.call("GET", "/monitors/123457", { token: readOnlyToken });
    expect(asRecord(stillThere.json).name).toBe("Support desk inbound mail");
  });

  it("reports every problem of a body at once, one 400 error each", async () => {
    const response = await create({
      billing_plancode: "UBM - Z/Z",
      name: "",
      smtp_hostname: "smtps://smtp.example.com:465",
      interval: 7,
      timeout: 400,
      locations: [{ id: 10 }, { id: 99 }],
    });

    expect(response.status).toBe(400);
    expect(errorMessages(response)).toEqual([
      "Missing required field 'name'.",
      "Missing required field 'pop3_hostname'.",
      "Missing required field 'email'.",
      "Invalid value for 'billing_plancode': plan 'UBM - Z/Z' does not exist in this account.",
      "Invalid value for 'interval': 7 minutes is not offered by this account. Use one of 1, 5, 10, 15, 30, 60, 120.",
      "Invalid value for 'timeout': 400 seconds is more than the maximum of 300.",
      "Invalid value for 'locations': location 99 does not exist.",
    ]);
    expect(new Set(errorCodes(response))).toEqual(new Set([400]));
  });

  it("names the plan when an interval is not offered by a valid plan", async () => {
    const response = await create({ ...VALID_MONITOR, interval: 7 });
    expect(errorMessages(response)).toEqual([
      "Invalid value for 'interval': 7 minutes is not offered by plan 'UBM - A/A'. Use one of 1, 5, 10, 15, 30, 60, 120.",
    ]);
  });

  it("reports a type error per wrongly typed field", async () => {
    const response = await create({
      ...VALID_MONITOR,
      name: 42,
      enabled: "yes",
      interval: "15",
      timeout: 30.5,
      home_location: null,
      locations: [10, 40],
      custom_properties: [{ id: 1 }],
    });

    expect(response.status).toBe(400);
    expect(errorMessages(response)).toEqual([
      "Field 'name' must be a string.",
      "Field 'enabled' must be a boolean (true or false).",
      "Field 'interval' must be an integer.",
      "Field 'timeout' must be an integer.",
      "Field 'home_location' must be an integer.",
      "Field 'locations' must be an array of objects like {\"id\": 10}.",
      'Field \'custom_properties\' must be an array of objects like {"id": 1, "value_id": 11}.',
    ]);
  });

  it("refuses read-only and unknown fields", async () => {
    const response = await create({ ...VALID_MONITOR, id: 5, access_type: "Full", blackout_ids: [], xyz: 1 });
    expect(response.status).toBe(400);
    expect(errorMessages(response)).toEqual([
      "Field 'id' is read-only.",
      "Field 'access_type' is read-only.",
      "Field 'blackout_ids' is read-only.",
      "Unknown field 'xyz'.",
    ]);
  });

  it("checks custom properties, modes and note lengths against the account", async () => {
    const response = await create({
      ...VALID_MONITOR,
      custom_properties: [
        { id: 1, value_id: 21 },
        { id: 9, value_id: 91 },
      ],
      mode: "Everywhere",
      note: "n".repeat(256),
      home_location: 99,
    });
    expect(errorMessages(response)).toEqual([
      "Invalid value for 'home_location': location 99 does not exist.",
      "Invalid value for 'custom_properties': value 21 is not an option of property 'Team' (1).",
      "Invalid value for 'custom_properties': property 9 does not exist.",
      "Invalid value for 'mode': 'Everywhere' is not a monitoring mode. Use one of Primary, Global Verify, Global Notify, Round Robin, SLA.",
      "Invalid value for 'note': at most 255 characters are allowed (got 256).",
    ]);
  });

  it("changes only the fields an edit sends, and accepts an empty edit", async () => {
    const before = asRecord((await sandbox.call("GET", "/monitors/123457", { token })).json);

    const empty = await edit("123457", {});
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual({ id: "123457" });
    expect((await sandbox.call("GET", "/monitors/123457", { token })).json).toEqual(before);

    const changed = await edit("123457", { interval: 30, custom_properties: [{ id: 2, value_id: 21 }] });
    expect(changed.status).toBe(200);
    const after = asRecord((await sandbox.call("GET", "/monitors/123457", { token })).json);
    expect(after).toEqual({
      ...before,
      interval: 30,
      custom_properties: [
        { id: 1, name: "Team", value: "Support", value_id: 12 },
        { id: 2, name: "Priority", value: "High", value_id: 21 },
      ],
    });
  });

  it("checks an edit's interval against the monitor's own plan and refuses blanking a required field", async () => {
    const response = await edit("123457", { interval: 2, name: "", xyz: true });
    expect(response.status).toBe(400);
    expect(errorMessages(response)).toEqual([
      "Field 'name' cannot be empty.",
      "Unknown field 'xyz'.",
      "Invalid value for 'interval': 2 minutes is not offered by plan 'UBM - A/A'. Use one of 1, 5, 10, 15, 30, 60, 120.",
    ]);
  });

  it("answers 404 Record not found for unknown, non-numeric and other-type ids", async () => {
    for (const id of ["999999", "abc", "123460"]) {
      const response = await edit(id, { name: "x" });
      expect(response.status).toBe(404);
      expect(response.json).toEqual({ errors: [{ code: 404, message: "Record not found" }] });
    }
  });

  it("deletes with 204 and no body, then answers 404", async () => {
    const created = await create({ ...VALID_MONITOR, name: "Short-lived" });
    const id = String(asRecord(created.json).id);

    const deleted = await sandbox.call("DELETE", `/monitors/${id}`, { token });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");

    const again = await sandbox.call("DELETE", `/monitors/${id}`, { token });
    expect(again.status).toBe(404);
    expect(errorMessages(again)).toEqual(["Record not found"]);
    expect((await sandbox.call("GET", `/monitors/${id}`, { token })).status).toBe(404);
  });
});

describe("request bodies", () => {
  let sandbox: TestSandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    token = await sandbox.signIn();
  });
  afterAll(() => sandbox.close());

  const post = (body: string, contentType = "application/json") =>
    fetch(`${sandbox.url}/monitors/email-round-trip`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": contentType },
      body,
    });

  it("accepts the JSON content type in any case and with parameters", async () => {
    const body = JSON.stringify(VALID_MONITOR);
    expect((await post(body, "APPLICATION/JSON")).status).toBe(200);
    expect((await post(body, "application/json; charset=utf-8")).status).toBe(200);
  });

  it("answers 400 with one error for malformed JSON, without echoing the body", async () => {
    const response = await post('{"name": "x", "email_password": "hunter2"');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ code: 400, message: "Request body is not valid JSON." }] });
    expect(text).not.toContain("hunter2");
  });

  it("answers 400 for a body that is not a JSON object", async () => {
    for (const body of ["[]", '"text"', "42", "null"]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [{ code: 400, message: "Request body must be a JSON object." }],
      });
    }
  });

  it("answers 413 for a body over 1 MiB", async () => {
    const response = await post(JSON.stringify({ ...VALID_MONITOR, note: "x".repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ code: 413, message: "Request body is larger than 1 MiB." }] });
  });

  it("answers 415 for a body that is not sent as JSON", async () => {
    const response = await post(JSON.stringify(VALID_MONITOR), "text/plain");
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });
});
