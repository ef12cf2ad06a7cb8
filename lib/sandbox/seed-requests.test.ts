import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { asRecord, rawRequest, startTestSandbox, type TestSandbox } from "./test-support";

// The curl (bash) examples of AlertSite's "Create/Edit a Round-Trip Email Monitor" pages, byte for byte.
// The scraped pages show the address as "[email protected]" (with a no-break space): the sandbox must
// take that as it is, because it validates no URL or address formats.
const DOCUMENTED_EMAIL = "[email\u00a0protected]";
const CREATE_BODY = `{"billing_plancode":"UBM - A/A", "name":"Round-Trip Email Monitor", "smtp_hostname":"smtps://", "pop3_hostname":"pop3s://", "email":"${DOCUMENTED_EMAIL}", "email_username":"roundtrip.test", "email_password":"abc123", "interval":15, "enabled":true}`;
const EDIT_BODY = `{"smtp_hostname":"smtps://smtp.example.com:465", "pop3_hostname":"pop3s://mail.example.com:995", "email":"${DOCUMENTED_EMAIL}"}`;

describe("the documented example requests", () => {
  let sandbox: TestSandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    token = await sandbox.signIn();
  });
  afterAll(() => sandbox.close());

  it("creates a monitor from the documented create request and answers a string id", async () => {
    const response = await rawRequest(
      `${sandbox.url}/monitors/email-round-trip`,
      "POST",
      { Authorization: `Bearer ${token}`, "Content-type": "application/json" },
      CREATE_BODY,
    );

    expect(response.status).toBe(200);
    expect(response.contentType).toBe("application/json; charset=utf-8");
    expect(response.json).toEqual({ id: expect.stringMatching(/^\d+$/) });

    const id = asRecord(response.json).id;
    const read = await sandbox.call("GET", `/monitors/${String(id)}`, { token });
    expect(read.json).toMatchObject({
      id: Number(id),
      name: "Round-Trip Email Monitor",
      smtp_hostname: "smtps://",
      pop3_hostname: "pop3s://",
      email: DOCUMENTED_EMAIL,
      email_username: "roundtrip.test",
      interval: 15,
      enabled: true,
    });
  });

  it("edits monitor 123456 with the documented edit request and answers its id as a string", async () => {
    const response = await rawRequest(
      `${sandbox.url}/monitors/email-round-trip/123456`,
      "PATCH",
      { Authorization: `Bearer ${token}`, "Content-type": "application/json" },
      EDIT_BODY,
    );

    expect(response.status).toBe(200);
    expect(response.json).toEqual({ id: "123456" });

    const read = await sandbox.call("GET", "/monitors/123456", { token });
    expect(read.json).toMatchObject({
      smtp_hostname: "smtps://smtp.example.com:465",
      pop3_hostname: "pop3s://mail.example.com:995",
      email: DOCUMENTED_EMAIL,
      name: "Billing mailbox round trip",
    });
  });
});
