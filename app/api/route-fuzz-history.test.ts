import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import { fuzzRunner, hostileId } from "@/lib/api/testing/fuzz-inputs";
import {
  consoleRequest,
  expectEnvelope,
  routeContext,
  sessionCookie,
  startRouteUpstream,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { type HistoryAttempt, insertHistoryAttempt, setHistoryOutcome } from "@/lib/db/queries";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";
import { historyPageSchema } from "@/lib/history/entry";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { GET as exportActivity } from "./activity/export/route";
import { GET as listActivity } from "./activity/route";
import { GET as monitorHistory } from "./monitors/[id]/history/route";

// The history's read routes: what they answer, who may ask, and (fuzzed) that no query string or id
// makes them fail, leak, or reach AlertSite.

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;
const counter = { cases: 0 };

withTestDatabase();

beforeAll(async () => {
  upstream = await startRouteUpstream();
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie();
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
  console.log(`route fuzz (history reads): ${counter.cases} cases`);
});
beforeEach(() => upstream.reset());

const run = fuzzRunner(() => upstream, counter);
const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 12, minute));

function attempt(overrides: Partial<HistoryAttempt> = {}): HistoryAttempt {
  return {
    actor: "dana@example.com",
    action: "edit",
    monitorId: "123456",
    monitorName: "Billing mailbox",
    changes: [
      {
        secret: false,
        field: "interval",
        label: "Run every",
        before: { text: "15 minutes", value: "15" },
        after: { text: "5 minutes", value: "5" },
      },
      { secret: true, field: "email_password", label: "Mailbox password" },
    ],
    ...overrides,
  };
}

async function seed(): Promise<void> {
  const edit = await insertHistoryAttempt(attempt({ at: at(1) }));
  await setHistoryOutcome(edit.id, { outcome: "done" });
  const pause = await insertHistoryAttempt(
    attempt({ at: at(2), action: "pause", actor: "sam@example.com", changes: [] }),
  );
  await setHistoryOutcome(pause.id, { outcome: "refused", message: "Permission denied" });
  await insertHistoryAttempt(attempt({ at: at(3), monitorId: "777", monitorName: "Other mailbox" }));
}

const get = (path: string, withCookie = true) => consoleRequest(path, withCookie ? { cookie } : {});

describe("GET /api/activity", () => {
  it("lists every entry newest first with the total, and applies the URL's filters", async () => {
    await seed();
    const all = await listActivity(get("/api/activity"), routeContext({}));
    expect(all.status).toBe(200);
    const body = (await all.json()) as { total: number };
    expect(body.total).toBe(3);
    expect(historyPageSchema.parse(body).entries.map((entry) => entry.monitorName)).toEqual([
      "Other mailbox",
      "Billing mailbox",
      "Billing mailbox",
    ]);

    const paused = await listActivity(get("/api/activity?action=pause&person=sam%40example.com"), routeContext({}));
    const pausedPage = historyPageSchema.parse(await paused.json());
    expect(pausedPage.entries.map((entry) => [entry.action, entry.outcome, entry.message])).toEqual([
      ["pause", "refused", "Permission denied"],
    ]);
    expect(upstream.requests).toEqual([]);
  });

  it("asks for a session, and refuses a page link it did not make", async () => {
    await expectEnvelope(await listActivity(get("/api/activity", false), routeContext({})), 401);
    await expectEnvelope(await listActivity(get("/api/activity?cursor=x~y"), routeContext({})), 400);
  });
});

describe("GET /api/monitors/{id}/history", () => {
  it("pages one monitor's entries, newest first", async () => {
    await seed();
    const first = await monitorHistory(get("/api/monitors/123456/history?limit=1"), routeContext({ id: "123456" }));
    const page = historyPageSchema.parse(await first.json());
    expect(page.entries.map((entry) => entry.action)).toEqual(["pause"]);
    const cursor = encodeURIComponent(page.nextCursor ?? "");
    const next = await monitorHistory(
      get(`/api/monitors/123456/history?limit=1&cursor=${cursor}`),
      routeContext({ id: "123456" }),
    );
    const second = historyPageSchema.parse(await next.json());
    expect(second.entries.map((entry) => entry.action)).toEqual(["edit"]);
    expect(second.nextCursor).toBeNull();
  });
});

describe("GET /api/activity/export", () => {
  it("downloads the filtered entries as a dated CSV file, the password only as 'changed'", async () => {
    await seed();
    const response = await exportActivity(get("/api/activity/export?monitor=123456&action=edit"), routeContext({}));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="activity-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Time \(UTC\),Person,Action,/);
    expect(lines[1]).toContain("dana@example.com changed 2 settings");
    expect(lines[1]).toContain("Run every: 15 minutes → 5 minutes; Mailbox password: changed");
  });

  it("reads every page, not only the first", async () => {
    for (let minute = 0; minute < 205; minute++) await insertHistoryAttempt(attempt({ at: at(minute) }));
    const response = await exportActivity(get("/api/activity/export"), routeContext({}));
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(206);
  }, 60_000);
});

describe("route fuzz: history reads", () => {
  it("whatever the query string, the activity and its export answer 200 or a 400 envelope, and reach no one", async () => {
    await seed();
    await run(fc.tuple(fc.webQueryParameters(), fc.boolean()), 60, async ([query, isExport]) => {
      const response = isExport
        ? await exportActivity(get(`/api/activity/export?${query}`), routeContext({}))
        : await listActivity(get(`/api/activity?${query}`), routeContext({}));
      if (response.status !== 200) await expectEnvelope(response, 400);
      else await response.arrayBuffer();
      expect(upstream.requests).toEqual([]);
    });
  });

  it("history: ids that are not monitor ids are 404; valid ones answer a page; neither reaches AlertSite", async () => {
    await run(hostileId, 100, async (id) => {
      const response = await monitorHistory(
        get(`/api/monitors/${encodeURIComponent(id)}/history`),
        routeContext({ id }),
      );
      if (!isMonitorId(id)) await expectEnvelope(response, 404);
      else expect(historyPageSchema.safeParse(await response.json()).success).toBe(true);
      expect(upstream.requests).toEqual([]);
    });
  });
});
