import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  startRouteUpstream,
  routeContext,
  sessionCookie,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { POST as createMonitor, GET as listMonitors } from "./monitors/route";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";

// What the console remembers or finds out around a write: a lost answer looked up, a view-only role.

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

function create(body: unknown = VALID_MONITOR) {
  const request = consoleRequest("/api/monitors", { method: "POST", body: JSON.stringify(body), cookie });
  return createMonitor(request, routeContext({}));
}

describe("a create whose answer is lost is looked up before the console answers", () => {
  const STORED_AS_CREATED = {
    billing_plancode: "UBM - A/A",
    name: "Stored monitor",
    smtp_hostname: "smtp.example.com",
    pop3_hostname: "pop.example.com",
    email: "roundtrip@example.com",
  };

  it("AlertSite made it but answered too late: 200 with its id and why the console had to look", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    useConsoleEnvironment(upstream.baseUrl, 300);
    try {
      upstream.respond({ stall: "before-headers" });
      const response = await create(STORED_AS_CREATED);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: "123456", resolvedAfter: "timeout" });
    } finally {
      useConsoleEnvironment(upstream.baseUrl);
    }
  });
});

describe("AlertSite saying the user may only view monitors is remembered for the session", () => {
  const viewOnlyCookie = (response: Response) =>
    response.headers.getSetCookie().find((value) => value.startsWith("console-view-only="));

  it("a 403 on a create marks the session view-only, in a cookie scripts cannot read", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    upstream.respond({ status: 403, json: { errors: [{ code: 403, message: "Forbidden" }] } });
    const response = await create();
    expect(response.status).toBe(403);
    expect(viewOnlyCookie(response)).toMatch(
      /^console-view-only=[\w-]+\.\d+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/,
    );
  });

  it("a list where every monitor says View marks it too; a list with one Full monitor does not", async () => {
    upstream.respond({
      json: {
        results: [
          { ...STORED_MONITOR_VIEW, id: 1 },
          { ...STORED_MONITOR_VIEW, id: 2 },
        ],
      },
    });
    upstream.respond({
      json: {
        results: [
          { ...STORED_MONITOR_VIEW, id: 1 },
          { ...STORED_MONITOR_VIEW, id: 2, access_type: "Full" },
        ],
      },
    });
    const viewOnly = await listMonitors(consoleRequest("/api/monitors", { cookie }), routeContext({}));
    const mixed = await listMonitors(consoleRequest("/api/monitors", { cookie }), routeContext({}));
    expect(viewOnlyCookie(viewOnly)).toBeDefined();
    expect(viewOnlyCookie(mixed)).toBeUndefined();
  });
});

const STORED_MONITOR_VIEW = { type: "email-round-trip", name: "Seen", access_type: "view" };
