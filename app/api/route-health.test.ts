import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, type ScriptedResponse } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  expectEnvelope,
  HAPPY_CHECKED_AT,
  routeContext,
  sessionCookie,
  startRouteUpstream,
  STATUS_PATH,
  STORED_MONITOR,
  UPSTREAM_TOKEN,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { healthReportSchema, startedTestSchema, testProgressSchema } from "@/lib/monitors/health";
import { DELETE as deleteMonitor, GET as getMonitor } from "./monitors/[id]/route";
import { GET as getTestProgress } from "./monitors/[id]/tests/[testId]/route";
import { POST as startTest } from "./monitors/[id]/tests/route";
import { GET as listMonitors } from "./monitors/route";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";

// The health routes against a fake AlertSite: status folded into the list and monitor reads (and
// what happens when AlertSite's status call fails in every way), delete, and on-demand tests.

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
beforeEach(() => {
  upstream.reset();
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const GATEWAY_PAGE = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";

/** Every way the status call (and a test call) can fail upstream. */
const FAILURES: [string, ScriptedResponse, RegExp][] = [
  ["a 400", { status: 400, json: { errors: [{ code: 400, message: "Bad monitors list" }] } }, /Bad monitors list/],
  ["a 403", { status: 403, json: { errors: [{ code: 403, message: "Permission denied" }] } }, /Permission denied/],
  ["a 500", { status: 500, json: { errors: [{ code: 500, message: "Report failed" }] } }, /Report failed/],
  ["a gateway's HTML page", { status: 502, headers: { "content-type": "text/html" }, body: GATEWAY_PAGE }, /502/],
  ["a 200 HTML page", { status: 200, headers: { "content-type": "text/html" }, body: GATEWAY_PAGE }, /could not/],
  ["nonsense JSON", { json: { hello: ["world"] } }, /could not be read|did not understand/],
  ["broken JSON", { status: 200, headers: { "content-type": "application/json" }, body: '{"results": [' }, /./],
];

const list = () => listMonitors(consoleRequest("/api/monitors", { cookie }), routeContext({}));
const read = (id: string) => getMonitor(consoleRequest(`/api/monitors/${id}`, { cookie }), routeContext({ id }));
const remove = (id: string) =>
  deleteMonitor(consoleRequest(`/api/monitors/${id}`, { method: "DELETE", cookie }), routeContext({ id }));
const start = (id: string) =>
  startTest(consoleRequest(`/api/monitors/${id}/tests`, { method: "POST", cookie }), routeContext({ id }));
const progress = (id: string, testId: string) =>
  getTestProgress(consoleRequest(`/api/monitors/${id}/tests/${testId}`, { cookie }), routeContext({ id, testId }));

async function healthIn(response: Response) {
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  const health = healthReportSchema.parse((body as { health?: unknown }).health);
  return { body, health };
}

describe("status in the list and monitor reads", () => {
  it("the list carries each monitor's health from one status call, sent with the user's token", async () => {
    const { health } = await healthIn(await list());
    expect(health).toEqual({
      status: "available",
      byId: {
        "123456": {
          state: "ok",
          reason: null,
          checkedAt: HAPPY_CHECKED_AT,
          locations: [expect.objectContaining({ state: "ok", code: 0, description: "OK" })],
        },
      },
    });
    const statusCalls = upstream.requests.filter((request) =>
      STATUS_PATH.test(new URL(request.url, "http://x").pathname),
    );
    expect(statusCalls).toHaveLength(1);
    expect(statusCalls[0]?.headers.authorization).toBe(`Bearer ${UPSTREAM_TOKEN}`);
  });

  it("a failing monitor is failing, with the reason in a few words", async () => {
    upstream.respondTo(STATUS_PATH, {
      json: [{ monitor: "123456", location: 10, last_status: "2", last_status_desc: "Timeout" }],
    });
    const { health } = await healthIn(await list());
    expect(health.status === "available" && health.byId["123456"]).toMatchObject({
      state: "failing",
      reason: "test message not received in time",
    });
  });

  it.each(FAILURES)(
    "when the status call answers %s, the list still answers, with status unavailable",
    async (_case, failure, said) => {
      upstream.respondTo(STATUS_PATH, failure);
      const { body, health } = await healthIn(await list());
      expect((body as { monitors: { id: string }[] }).monitors.map((monitor) => monitor.id)).toEqual(["123456"]);
      expect(health).toEqual({ status: "unavailable", message: expect.stringMatching(/^Status is unavailable/) });
      if (health.status === "unavailable") expect(health.message).toMatch(said);
    },
  );

  it("when the status call does not answer in time, the list still answers", async () => {
    upstream.respondTo(STATUS_PATH, { stall: "before-headers" });
    const restore = useConsoleEnvironment(upstream.baseUrl, 300);
    try {
      const { health } = await healthIn(await list());
      expect(health).toEqual({ status: "unavailable", message: expect.stringMatching(/did not answer within/) });
    } finally {
      restore();
    }
  });

  it("a monitor read asks for that monitor's status only, and carries it", async () => {
    const { body, health } = await healthIn(await read("123457"));
    expect(body).toMatchObject({ monitor: { id: "123457" } });
    expect(health.status === "available" && Object.keys(health.byId)).toEqual(["123457"]);
    expect(upstream.requests.map((request) => request.url)).toContain("/api/v3/report-sitestatus?monitors=123457");
  });

  it.each(FAILURES)("a monitor read whose status call answers %s still shows the monitor", async (_case, failure) => {
    upstream.respondTo(STATUS_PATH, failure);
    const { body, health } = await healthIn(await read("123456"));
    expect(body).toMatchObject({ monitor: { id: "123456" } });
    expect(health.status).toBe("unavailable");
  });

  it("a failed list read fails the list, whatever the status call said", async () => {
    upstream.respond({ status: 500, json: { errors: [{ code: 500, message: "List failed" }] } });
    await expectEnvelope(await list(), 500);
  });
});

/** Delete and test now read the monitor first (its name and values for the history), then make the call. */
function respondAfterTheRead(answer: ScriptedResponse): void {
  upstream.respond({ json: { ...STORED_MONITOR, id: 123456 } });
  upstream.respond(answer);
}

describe("DELETE /api/monitors/{id}", () => {
  it.each<[string, ScriptedResponse]>([
    ["204 without a body", { status: 204 }],
    ["200 with a body", { json: { id: "123456", deleted: true } }],
    ["200 with a body that is not JSON", { status: 200, headers: { "content-type": "text/plain" }, body: "OK" }],
  ])("AlertSite's %s is a deletion", async (_case, answer) => {
    respondAfterTheRead(answer);
    const response = await remove("123456");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "123456", deleted: true });
    expect(upstream.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "GET /api/v3/monitors/123456",
      "DELETE /api/v3/monitors/123456",
    ]);
  });

  it("AlertSite's 404 is 'already deleted or never existed', with its own words beside", async () => {
    respondAfterTheRead({ status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } });
    const envelope = await expectEnvelope(await remove("123456"), 404);
    expect(envelope.errors).toEqual([
      { code: 404, message: "Monitor 123456 was already deleted or never existed.", alertSite: "Record not found" },
    ]);
  });

  it("AlertSite's 403 is the role message", async () => {
    respondAfterTheRead({ status: 403, json: { errors: [{ code: 403, message: "Permission denied" }] } });
    const response = await remove("123456");
    const envelope = await expectEnvelope(response, 403);
    expect(envelope.errors[0]).toMatchObject({
      message: expect.stringMatching(/role/),
      alertSite: "Permission denied",
    });
  });

  it("a malformed id is refused before AlertSite, in the same words", async () => {
    const envelope = await expectEnvelope(await remove("12ab"), 404);
    expect(envelope.errors[0]?.message).toBe("Monitor 12ab was already deleted or never existed.");
    expect(upstream.requests).toEqual([]);
  });
});

describe("tests on demand", () => {
  it("starting a test answers the test's id and AlertSite's result page", async () => {
    const response = await start("123456");
    expect(response.status).toBe(200);
    expect(startedTestSchema.parse(await response.json())).toEqual({
      testId: "t-123456",
      resultUrl: "https://alertsite.example/results/t-123456",
    });
    expect(upstream.lastRequest().url).toBe("/api/v3/tests?monitor_id=123456");
  });

  it("a progress answers where the test is, in the console's words", async () => {
    upstream.respond({ json: { progress: "3", status: "51", status_desc: "Warning-Unable to resolve IP" } });
    const response = await progress("123456", "t-123456");
    expect(testProgressSchema.parse(await response.json())).toMatchObject({
      testId: "t-123456",
      phase: "failed",
      code: 51,
      description: "Warning-Unable to resolve IP",
      explanation: { reason: "a server name does not resolve" },
    });
    expect(upstream.lastRequest().url).toBe("/api/v3/tests/t-123456");
  });

  it("AlertSite's 404 for a test is 'not found', like its progress 0", async () => {
    upstream.respond({ status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } });
    const response = await progress("123456", "t-1");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ phase: "not-found", progressDescription: "Record not found" });
  });

  it.each(FAILURES.filter(([name]) => name !== "a 400" && name !== "a 403"))(
    "a start or progress answered with %s is a plain-words error envelope",
    async (_case, failure) => {
      for (const [call, isStart] of [
        [() => start("123456"), true],
        [() => progress("123456", "t-1"), false],
      ] as const) {
        if (isStart) respondAfterTheRead(failure);
        else upstream.respond(failure);
        const envelope = await expectEnvelope(await call());
        const [first] = envelope.errors;
        expect(first?.message).toMatch(/^(AlertSite|The console)/);
        expect(JSON.stringify(envelope)).not.toContain("<html>");
      }
    },
  );

  it("a start refused for the role says so", async () => {
    respondAfterTheRead({ status: 403, json: { errors: [{ code: 403, message: "Permission denied" }] } });
    const envelope = await expectEnvelope(await start("123456"), 403);
    expect(envelope.errors[0]?.message).toMatch(/role/);
  });
});
