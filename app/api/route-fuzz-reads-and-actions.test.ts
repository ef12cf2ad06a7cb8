import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  expectRefusedAndNothingSent as expectRefused,
  fuzzRunner,
  hostileId,
  wrongContentType,
} from "@/lib/api/testing/fuzz-inputs";
import {
  consoleRequest,
  type ConsoleRequestInit,
  routeContext,
  sessionCookie,
  startRouteUpstream,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { isTestId } from "@/lib/monitors/test-id";
import { DELETE as deleteMonitor, GET as getMonitor } from "./monitors/[id]/route";
import { GET as getTestProgress } from "./monitors/[id]/tests/[testId]/route";
import { POST as startTest } from "./monitors/[id]/tests/route";
import { GET as listMonitors } from "./monitors/route";

// Generated hostile ids and requests against the read, delete and test routes (create and edit:
// route-fuzz.test.ts): every refusal is a 4xx envelope that reaches no one, and what reaches
// AlertSite is exactly the call for that monitor or test.

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;
const counter = { cases: 0 };

beforeAll(async () => {
  upstream = await startRouteUpstream();
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie();
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
  console.log(`route fuzz (reads, delete, tests): ${counter.cases} cases`);
});

const run = fuzzRunner(() => upstream, counter);
const expectRefusedAndNothingSent = (response: Response) => expectRefused(response, upstream);
const sentUrls = () => upstream.requests.map((request) => `${request.method} ${request.url}`).sort();
const path = (...segments: string[]) => `/api/monitors/${segments.map(encodeURIComponent).join("/")}`;

const remove = (id: string, init: ConsoleRequestInit = {}) =>
  deleteMonitor(consoleRequest(path(id), { method: "DELETE", cookie, ...init }), routeContext({ id }));
const start = (id: string, init: ConsoleRequestInit = {}) =>
  startTest(consoleRequest(path(id, "tests"), { method: "POST", cookie, ...init }), routeContext({ id }));

const hostileTestId = fc.oneof(
  hostileId,
  fc.stringMatching(/^[\w.:-]{1,20}$/),
  fc.constantFrom("abc-123", "7e1b:42", "a".repeat(101), "1/2", "a b", "x?y=1"),
);

describe("route fuzz: reads, delete and tests", () => {
  it("read: ids that are not positive integers are 404 and reach no one; valid ids read that monitor and its status", async () => {
    await run(hostileId, 150, async (id) => {
      const response = await getMonitor(consoleRequest(path(id), { cookie }), routeContext({ id }));
      if (!isMonitorId(id)) return expectRefusedAndNothingSent(response);
      expect(response.status).toBe(200);
      expect(sentUrls()).toEqual([`GET /api/v3/monitors/${id}`, `GET /api/v3/report-sitestatus?monitors=${id}`]);
    });
  });

  it("list: whatever the query string, AlertSite is asked for the round-trip monitors and their status, nothing else", async () => {
    await run(fc.webQueryParameters(), 50, async (query) => {
      const response = await listMonitors(consoleRequest(`/api/monitors?${query}`, { cookie }), routeContext({}));
      expect(response.status).toBe(200);
      expect(sentUrls()).toEqual(["GET /api/v3/monitors?type=email-round-trip", "GET /api/v3/report-sitestatus"]);
    });
  });

  it("delete and test start: bad ids are 404 and reach no one; valid ids send exactly one call for that monitor", async () => {
    await run(fc.tuple(hostileId, fc.boolean()), 200, async ([id, isDelete]) => {
      const response = isDelete ? await remove(id) : await start(id);
      if (!isMonitorId(id)) return expectRefusedAndNothingSent(response);
      expect(response.status).toBe(200);
      expect(sentUrls()).toEqual([isDelete ? `DELETE /api/v3/monitors/${id}` : `GET /api/v3/tests?monitor_id=${id}`]);
    });
  });

  it("delete and test start: every content type but JSON is 415, another site's request 403, and neither reaches anyone", async () => {
    const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    await run(fc.tuple(wrongContentType, fc.boolean(), fc.boolean()), 60, async ([type, isDelete, isCrossSite]) => {
      const headers = isCrossSite ? crossSite : { "content-type": type === "" ? null : type };
      const response = isDelete ? await remove("123456", { headers }) : await start("123456", { headers });
      expect(response.status).toBe(isCrossSite ? 403 : 415);
      await expectRefusedAndNothingSent(response);
    });
  });

  it("test progress: bad monitor or test ids are 404 and reach no one; valid ones ask AlertSite for exactly that test", async () => {
    await run(fc.tuple(fc.oneof(hostileId, fc.constant("123456")), hostileTestId), 200, async ([id, testId]) => {
      const response = await getTestProgress(
        consoleRequest(path(id, "tests", testId), { cookie }),
        routeContext({ id, testId }),
      );
      if (!isMonitorId(id) || !isTestId(testId)) return expectRefusedAndNothingSent(response);
      expect(sentUrls()).toEqual([`GET /api/v3/tests/${encodeURIComponent(testId)}`]);
    });
  });
});
