import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  expectEnvelope,
  happyAlertSite,
  routeContext,
  sessionCookie,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { resetConfigForTests } from "@/lib/config";
import { closeDb } from "@/lib/db";
import { PATCH as editMonitor } from "./monitors/[id]/route";
import { POST as createMonitor } from "./monitors/route";

// The fault test: with the database unreachable, no change reaches AlertSite and the user is told why.

/** A loopback port nothing listens on: bound, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;
const savedDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  upstream = await startFakeUpstream({ answer: happyAlertSite });
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  process.env.DATABASE_URL = `postgres://console:secret-db-password@127.0.0.1:${await closedPort()}/console`;
  resetConfigForTests();
  await closeDb();
  cookie = await sessionCookie();
});
afterAll(async () => {
  if (savedDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedDatabaseUrl;
  restoreEnvironment();
  await closeDb();
  await upstream.close();
});
beforeEach(() => {
  upstream.reset();
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

/** Requests that would change something at AlertSite (reads are harmless). */
const writesSent = () => upstream.requests.filter((request) => request.method !== "GET");

async function expectNotSent(response: Response): Promise<void> {
  const envelope = await expectEnvelope(response, 503);
  expect(envelope.reason).toBe("history-unavailable");
  expect(envelope.outcome).toBe("not-saved");
  expect(envelope.errors[0]?.message).toMatch(
    /^The change was not sent: the console could not write it to its history/,
  );
  expect(envelope.errors[0]?.action).toMatch(/Nothing was changed in AlertSite/);
  expect(JSON.stringify(envelope)).not.toContain("secret-db-password");
  expect(writesSent()).toEqual([]);
}

describe("with the database unreachable", () => {
  it("a create is not sent to AlertSite, and the user is told why", async () => {
    const body = {
      billing_plancode: "UBM - A/A",
      name: "Billing mailbox",
      smtp_hostname: "smtp.example.com",
      pop3_hostname: "pop.example.com",
      email: "roundtrip@example.com",
    };
    const response = await createMonitor(
      consoleRequest("/api/monitors", { method: "POST", body: JSON.stringify(body), cookie }),
      routeContext({}),
    );
    await expectNotSent(response);
  });

  it("an edit, a pause and a resume are not sent to AlertSite either", async () => {
    for (const patch of [{ name: "Renamed" }, { enabled: false }, { enabled: true }]) {
      const response = await editMonitor(
        consoleRequest("/api/monitors/123456", { method: "PATCH", body: JSON.stringify(patch), cookie }),
        routeContext({ id: "123456" }),
      );
      await expectNotSent(response);
    }
  });

  it("logs why for whoever runs the console, without the database password", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await editMonitor(
      consoleRequest("/api/monitors/123456", { method: "PATCH", body: JSON.stringify({ name: "x" }), cookie }),
      routeContext({ id: "123456" }),
    );
    const lines = logged.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(lines).toMatch(/\[history\] edit of monitor 123456 refused: the attempt could not be written/);
    expect(lines).not.toContain("secret-db-password");
  });
});
