import { afterEach, describe, expect, it, vi } from "vitest";

import {
  DEMO_ADMIN,
  DEMO_READ_ONLY,
  errorCodes,
  errorMessages,
  readString,
  startTestSandbox,
  type TestSandbox,
} from "./test-support";

const AUTH_FAILED = "invalid_request - User authentication failed.";
const EXPIRED = "invalid_token - The access token has expired. Sign in again.";

describe("signing in and access tokens", () => {
  let sandbox: TestSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  it("answers only an opaque 32-byte access token for a demo login", async () => {
    sandbox = await startTestSandbox();
    for (const user of [DEMO_ADMIN, DEMO_READ_ONLY]) {
      const response = await sandbox.call("POST", "/access-tokens", {
        body: { username: user.email, password: user.password },
      });
      expect(response.status).toBe(200);
      expect(Object.keys(response.json ?? {})).toEqual(["access_token"]);
      expect(readString(response.json, "access_token")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it("answers 400 with AlertSite's message for a wrong password, an unknown user or missing fields", async () => {
    sandbox = await startTestSandbox();
    const bodies = [
      { username: DEMO_ADMIN.email, password: "wrong" },
      { username: "nobody@example.com", password: DEMO_ADMIN.password },
      { username: DEMO_ADMIN.email },
      {},
      { username: DEMO_ADMIN.email, password: 12345 },
    ];
    for (const body of bodies) {
      const response = await sandbox.call("POST", "/access-tokens", { body });
      expect(response.status).toBe(400);
      expect(response.json).toEqual({ errors: [{ code: 400, message: AUTH_FAILED }] });
    }
  });

  it("accepts a token until its lifetime ends, then answers 401 expired", async () => {
    let clock = 1_700_000_000_000;
    sandbox = await startTestSandbox({ tokenTtlSeconds: 60, now: () => clock });
    const token = await sandbox.signIn();

    clock += 59_999;
    expect((await sandbox.call("GET", "/monitors/123456", { token })).status).toBe(200);

    clock += 1;
    const expired = await sandbox.call("GET", "/monitors/123456", { token });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ errors: [{ code: 401, message: EXPIRED }] });
    const create = await sandbox.call("POST", "/monitors/email-round-trip", { token, body: {} });
    expect(errorMessages(create)).toEqual([EXPIRED]);

    const fresh = await sandbox.signIn();
    expect((await sandbox.call("GET", "/monitors/123456", { token: fresh })).status).toBe(200);
  });

  it("answers 401 for a missing or unknown token", async () => {
    sandbox = await startTestSandbox();
    const missing = await sandbox.call("GET", "/monitors");
    const unknown = await sandbox.call("GET", "/monitors", { token: "not-a-real-token" });

    for (const response of [missing, unknown]) {
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual([401]);
      expect(errorMessages(response)[0]).toMatch(/^invalid_token - .*(missing|invalid|No access token)/);
    }
  });

  it("reads the Bearer scheme in any case", async () => {
    sandbox = await startTestSandbox();
    const token = await sandbox.signIn();
    for (const scheme of ["bearer", "BEARER", "Bearer"]) {
      const response = await fetch(`${sandbox.url}/monitors/123456`, {
        headers: { Authorization: `${scheme} ${token}` },
      });
      expect(response.status).toBe(200);
    }
  });

  it("logs one line per request without tokens, passwords or bodies", async () => {
    sandbox = await startTestSandbox();
    const token = await sandbox.signIn();
    await sandbox.call("POST", "/monitors/email-round-trip", {
      token,
      body: { name: "x", email_password: "super-secret-mailbox-password" },
    });

    const lines = sandbox.logLines;
    await vi.waitFor(() => expect(lines).toHaveLength(2));
    expect(sandbox.logLines[0]).toMatch(/^POST \/api\/v3\/access-tokens 200 \d+ms$/);
    expect(sandbox.logLines[1]).toMatch(/^POST \/api\/v3\/monitors\/email-round-trip 400 \d+ms$/);
    const everything = sandbox.logLines.join("\n");
    for (const secret of [token, DEMO_ADMIN.password, "super-secret-mailbox-password", "Bearer"]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("with test controls on, POST /__sandbox/expire-tokens ends one session or all; without them it does not exist", async () => {
    sandbox = await startTestSandbox({ testControls: true });
    const controlUrl = sandbox.url.replace(/\/api\/v3$/, "/__sandbox/expire-tokens");
    const expire = (body: object) =>
      fetch(controlUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const ended = await sandbox.signIn();
    const other = await sandbox.signIn();
    expect((await expire({ access_token: ended })).status).toBe(204);
    const after = await sandbox.call("GET", "/monitors", { token: ended });
    expect(after.status).toBe(401);
    expect(errorMessages(after)).toEqual([EXPIRED]);
    expect((await sandbox.call("GET", "/monitors", { token: other })).status).toBe(200);
    expect((await expire({})).status).toBe(204);
    expect((await sandbox.call("GET", "/monitors", { token: other })).status).toBe(401);
    expect((await sandbox.call("GET", "/monitors", { token: await sandbox.signIn() })).status).toBe(200);
    await sandbox.close();

    sandbox = await startTestSandbox();
    const untouched = await sandbox.signIn();
    const refused = await fetch(sandbox.url.replace(/\/api\/v3$/, "/__sandbox/expire-tokens"), { method: "POST" });
    expect(refused.status).toBe(404);
    expect((await sandbox.call("GET", "/monitors", { token: untouched })).status).toBe(200);
  });

  it("serves its demo logins outside the API, for the console's sign-in page, and each of them signs in", async () => {
    sandbox = await startTestSandbox();
    const response = await fetch(sandbox.url.replace(/\/api\/v3$/, "/demo-logins"));
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toEqual({
      logins: [
        { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password, description: DEMO_ADMIN.description },
        { email: DEMO_READ_ONLY.email, password: DEMO_READ_ONLY.password, description: DEMO_READ_ONLY.description },
      ],
    });
    for (const user of [DEMO_ADMIN, DEMO_READ_ONLY]) {
      const signIn = await sandbox.call("POST", "/access-tokens", {
        body: { username: user.email, password: user.password },
      });
      expect(signIn.status).toBe(200);
    }
  });
});
