import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  expectEnvelope,
  routeContext,
  sessionCookie,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { healthReportSchema } from "@/lib/monitors/health";
import { type HealthCall, type HealthFault, healthFaultName } from "@/e2e/support/fault-scenarios";
import { faultUpstreamOptions } from "@/e2e/support/fault-upstream";
import { GET as getMonitor } from "./monitors/[id]/route";
import { GET as getTestProgress } from "./monitors/[id]/tests/[testId]/route";
import { POST as startTest } from "./monitors/[id]/tests/route";
import { GET as listMonitors } from "./monitors/route";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";

// The e2e fault upstream's status and test scenarios (e2e/support/fault-upstream.ts) against the real
// route handlers: the list and monitor page still answer with status unavailable, and a test start or
// progress that fails is a plain-words envelope.

let upstream: FakeUpstream;
let restoreEnvironment: () => void;

withTestDatabase();

beforeAll(async () => {
  upstream = await startFakeUpstream(faultUpstreamOptions());
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  restoreEnvironment();
  vi.restoreAllMocks();
  await upstream.close();
});

async function signedIn(login: string): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${upstream.baseUrl}/access-tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: login, password: "whatever" }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { token, cookie: await sessionCookie({ alertSiteToken: token, email: login }) };
}

async function createdMonitor(token: string, name: string): Promise<string> {
  const response = await fetch(`${upstream.baseUrl}/monitors/email-round-trip`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ name, email: "box@example.com" }),
  });
  return ((await response.json()) as { id: string }).id;
}

const FAULTS: HealthFault[] = ["400-one", "403", "500", "502-html", "503-html", "malformed", "nonsense"];

describe("the console against the fault upstream's status and test failures", () => {
  it.each(FAULTS)(
    "a login whose status calls answer %s still gets its list, with status unavailable",
    async (fault) => {
      const { token, cookie } = await signedIn(`status-${fault}@fault.example.com`);
      const id = await createdMonitor(token, `Listed despite ${fault}`);
      const response = await listMonitors(consoleRequest("/api/monitors", { cookie }), routeContext({}));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { monitors: { id: string }[]; health: unknown };
      expect(body.monitors.map((monitor) => monitor.id)).toContain(id);
      expect(healthReportSchema.parse(body.health)).toEqual({
        status: "unavailable",
        message: expect.stringMatching(/^Status is unavailable/),
      });
    },
  );

  it.each(FAULTS)("a monitor whose status answers %s still opens, with status unavailable", async (fault) => {
    const { token, cookie } = await signedIn("fault-e2e@example.com");
    const id = await createdMonitor(token, healthFaultName("status", fault, "Page"));
    const response = await getMonitor(consoleRequest(`/api/monitors/${id}`, { cookie }), routeContext({ id }));
    expect(response.status).toBe(200);
    expect(healthReportSchema.parse(((await response.json()) as { health: unknown }).health).status).toBe(
      "unavailable",
    );
  });

  it.each(
    FAULTS.flatMap((fault): [HealthCall, HealthFault][] => [
      ["start", fault],
      ["progress", fault],
    ]),
  )("a test %s answered with %s is a plain-words error", async (call, fault) => {
    const { token, cookie } = await signedIn("fault-e2e@example.com");
    const id = await createdMonitor(token, healthFaultName(call, fault, "Test"));
    const started = await startTest(
      consoleRequest(`/api/monitors/${id}/tests`, { method: "POST", cookie }),
      routeContext({ id }),
    );
    let failed = started;
    if (call === "progress") {
      expect(started.status).toBe(200);
      const { testId } = (await started.json()) as { testId: string };
      failed = await getTestProgress(
        consoleRequest(`/api/monitors/${id}/tests/${testId}`, { cookie }),
        routeContext({ id, testId }),
      );
    }
    const envelope = await expectEnvelope(failed);
    expect(failed.status).toBeGreaterThanOrEqual(400);
    expect(envelope.errors[0]?.message).toMatch(/\w+ \w+/);
    expect(JSON.stringify(envelope)).not.toMatch(/<html|<script/i);
  });
});
