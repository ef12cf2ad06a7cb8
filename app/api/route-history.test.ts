import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  happyAlertSite,
  routeContext,
  sessionCookie,
  STORED_MONITOR,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { listEntries } from "@/lib/db/queries";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";
import { DELETE as deleteMonitor, PATCH as editMonitor } from "./monitors/[id]/route";
import { GET as readTestProgress } from "./monitors/[id]/tests/[testId]/route";
import { POST as startTest } from "./monitors/[id]/tests/route";
import { POST as createMonitor } from "./monitors/route";

// Every change through the console's routes leaves one history entry: who, which monitor, what
// changed, and what came of it.

const MAILBOX_PASSWORD = "mailbox-PASSWORD-42";
const VALID_MONITOR = {
  billing_plancode: "UBM - A/A",
  name: "Billing mailbox",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip@example.com",
  email_password: MAILBOX_PASSWORD,
  interval: "15",
};

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;

withTestDatabase();

beforeAll(async () => {
  upstream = await startFakeUpstream({ answer: happyAlertSite });
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie({ email: "dana@example.com" });
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
});
beforeEach(() => upstream.reset());
afterEach(() => vi.restoreAllMocks());

function create(body: unknown = VALID_MONITOR) {
  return createMonitor(
    consoleRequest("/api/monitors", { method: "POST", body: JSON.stringify(body), cookie }),
    routeContext({}),
  );
}

function edit(id: string, patch: unknown) {
  return editMonitor(
    consoleRequest(`/api/monitors/${id}`, { method: "PATCH", body: JSON.stringify(patch), cookie }),
    routeContext({ id }),
  );
}

async function onlyEntry() {
  const { entries } = await listEntries();
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  if (!entry) throw new Error("no history entry");
  return entry;
}

describe("a create", () => {
  it("is recorded with who made it, the new monitor's id and name, every field set, and done", async () => {
    expect((await create()).status).toBe(200);

    const entry = await onlyEntry();
    expect(entry).toMatchObject({
      actor: "dana@example.com",
      action: "create",
      monitorId: "200001",
      monitorName: "Billing mailbox",
      outcome: "done",
      message: null,
      answerLost: null,
    });
    expect(entry.changes).toContainEqual({
      secret: false,
      field: "interval",
      label: "Run every",
      before: null,
      after: { text: "15 minutes", value: "15" },
    });
    expect(entry.changes).toContainEqual({ secret: true, field: "email_password", label: "Mailbox password" });
  });

  it("never keeps the mailbox password, neither as sent nor in part", async () => {
    await create();
    const stored = JSON.stringify(await listEntries());
    expect(stored).not.toContain(MAILBOX_PASSWORD);
    expect(stored).not.toMatch(/PASSWORD-42/i);
  });

  it("AlertSite refused: recorded as refused, in AlertSite's words, and no monitor id", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    upstream.respond({ status: 400, json: { errors: [{ code: 400, message: "Invalid billing plan code" }] } });
    expect((await create()).status).toBe(400);
    expect(await onlyEntry()).toMatchObject({
      action: "create",
      monitorId: null,
      outcome: "refused",
      message: "Invalid billing plan code",
    });
  });
});

describe("an edit", () => {
  it("is recorded field by field, from the monitor as read before the change", async () => {
    expect((await edit("123456", { name: "Renamed", interval: "5" })).status).toBe(200);

    const entry = await onlyEntry();
    expect(entry).toMatchObject({
      action: "edit",
      monitorId: "123456",
      monitorName: STORED_MONITOR.name,
      outcome: "done",
    });
    expect(entry.changes).toEqual([
      {
        secret: false,
        field: "name",
        label: "Monitor name",
        before: { text: "Stored monitor", value: "Stored monitor" },
        after: { text: "Renamed", value: "Renamed" },
      },
      {
        secret: false,
        field: "interval",
        label: "Run every",
        before: { text: "60 minutes", value: "60" },
        after: { text: "5 minutes", value: "5" },
      },
    ]);
  });

  it("of the mailbox password says only that it changed", async () => {
    await edit("123456", { email_password: "new-SECRET-pass" });
    const entry = await onlyEntry();
    expect(entry.changes).toEqual([{ secret: true, field: "email_password", label: "Mailbox password" }]);
    expect(JSON.stringify(entry)).not.toContain("new-SECRET-pass");
  });

  it("of monitoring on or off alone is a pause or a resume", async () => {
    await edit("123456", { enabled: "false" });
    expect((await listEntries()).entries[0]).toMatchObject({ action: "pause", outcome: "done" });
    await edit("123456", { enabled: true });
    expect((await listEntries()).entries[0]).toMatchObject({ action: "resume", outcome: "done" });
    await edit("123456", { enabled: false, name: "Both" });
    expect((await listEntries()).entries[0]).toMatchObject({ action: "edit" });
  });

  it("that the console refuses before sending leaves no entry: nothing was attempted", async () => {
    const response = await edit("123456", {});
    expect(response.status).toBe(400);
    expect((await listEntries()).entries).toHaveLength(0);
  });

  it("whose answer is lost and cannot be checked stays unknown, with why", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    useConsoleEnvironment(upstream.baseUrl, 300);
    try {
      upstream.respond({ json: { ...STORED_MONITOR, id: 123456 } });
      upstream.respond({ stall: "before-headers" });
      upstream.respond({ status: 500, json: { errors: [{ code: 500, message: "down" }] } });
      upstream.respond({ status: 500, json: { errors: [{ code: 500, message: "down" }] } });
      const response = await edit("123456", { name: "Renamed" });
      expect(response.status).toBe(504);
      expect(await onlyEntry()).toMatchObject({ outcome: "unknown", answerLost: "timeout" });
    } finally {
      useConsoleEnvironment(upstream.baseUrl);
    }
  });
});

describe("a delete and a test now", () => {
  it("a delete is recorded with everything the monitor had", async () => {
    upstream.respond({ json: { ...STORED_MONITOR, id: 123456 } });
    upstream.respond({ status: 204 });
    const response = await deleteMonitor(
      consoleRequest("/api/monitors/123456", { method: "DELETE", cookie }),
      routeContext({ id: "123456" }),
    );
    expect(response.status).toBe(200);
    const entry = await onlyEntry();
    expect(entry).toMatchObject({
      action: "delete",
      monitorId: "123456",
      monitorName: "Stored monitor",
      outcome: "done",
    });
    expect(entry.changes).toContainEqual({
      secret: false,
      field: "email",
      label: "Test mailbox address",
      before: { text: "roundtrip@example.com", value: "roundtrip@example.com" },
      after: null,
    });
  });

  it("a delete of a monitor AlertSite does not have is recorded as refused, in its words", async () => {
    upstream.respond({ status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } });
    upstream.respond({ status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } });
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = await deleteMonitor(
      consoleRequest("/api/monitors/999999", { method: "DELETE", cookie }),
      routeContext({ id: "999999" }),
    );
    expect(response.status).toBe(404);
    expect(await onlyEntry()).toMatchObject({
      action: "delete",
      monitorName: "Monitor 999999",
      outcome: "refused",
      message: "Record not found",
    });
  });

  it("a test now is recorded", async () => {
    upstream.respond({ json: { ...STORED_MONITOR, id: 123456 } });
    upstream.respond({ json: { test_id: "t-1" } });
    await startTest(
      consoleRequest("/api/monitors/123456/tests", { method: "POST", body: "{}", cookie }),
      routeContext({ id: "123456" }),
    );
    expect(await onlyEntry()).toMatchObject({
      action: "test",
      monitorId: "123456",
      monitorName: "Stored monitor",
      outcome: "done",
      message: "Test t-1 started; the console has not seen its result.",
    });
  });

  it("a test's result goes into its entry when the console reads it, in plain words and AlertSite's", async () => {
    await startTest(
      consoleRequest("/api/monitors/123456/tests", { method: "POST", body: "{}", cookie }),
      routeContext({ id: "123456" }),
    );
    const poll = () =>
      readTestProgress(
        consoleRequest("/api/monitors/123456/tests/t-123456", { cookie }),
        routeContext({ id: "123456", testId: "t-123456" }),
      );

    upstream.respond({ json: { progress: 1, progress_desc: "Test In Progress", status: -1, status_desc: "" } });
    expect((await poll()).status).toBe(200);
    expect((await onlyEntry()).message).toBe("Test t-123456 started; the console has not seen its result.");

    upstream.respond({ json: { progress: 3, status: 2, status_desc: "Timeout waiting for message" } });
    expect((await poll()).status).toBe(200);
    expect(await onlyEntry()).toMatchObject({
      action: "test",
      outcome: "done",
      message:
        "Test t-123456 failed: test message not received in time. AlertSite said: status 2, Timeout waiting for message.",
    });

    // Read again (another tab), the result is not written twice.
    upstream.respond({ json: { progress: 2, status: 0, status_desc: "OK" } });
    await poll();
    expect((await onlyEntry()).message).toMatch(/^Test t-123456 failed: /);
  });
});
