import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  expectRefusedAndNothingSent as expectRefused,
  fuzzRunner,
  hostileId,
  hostileRequestKey,
  wrongContentType,
} from "@/lib/api/testing/fuzz-inputs";
import {
  consoleRequest,
  type ConsoleRequestInit,
  routeContext,
  sessionCookie,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { setBulkRunOptionsForTests } from "@/lib/bulk/bulk-actions";
import { bulkActionResponseSchema, startBulkActionSchema } from "@/lib/bulk/contract";
import { endOfRunHere } from "@/lib/bulk/running-here";
import { bulkAccount, bulkAccountRules, storedMonitor } from "@/lib/bulk/testing/bulk-upstream";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";
import { GET as readAction } from "./bulk-actions/[id]/route";
import { POST as cancelAction } from "./bulk-actions/[id]/cancel/route";
import { POST as retryAction } from "./bulk-actions/[id]/retry/route";
import { POST as startAction } from "./bulk-actions/route";

// Generated hostile ids and bodies against the bulk-action routes: every refusal is a 4xx envelope
// that reaches no one, and an accepted action sends AlertSite exactly one change per monitor listed.

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;
const counter = { cases: 0 };
const account = bulkAccount([]);

withTestDatabase();
vi.setConfig({ testTimeout: 240_000 });

beforeAll(async () => {
  upstream = await startFakeUpstream({ rules: bulkAccountRules(account) });
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie();
  setBulkRunOptionsForTests({ concurrency: 4, secondMs: 10 });
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
  console.log(`route fuzz (bulk actions): ${counter.cases} cases`);
});

const run = fuzzRunner(() => upstream, counter);
const expectRefusedAndNothingSent = (response: Response) => expectRefused(response, upstream);
const post = (path: string, body: string, init: ConsoleRequestInit = {}) =>
  consoleRequest(path, { method: "POST", body, cookie, ...init });
const path = (id: string, action = "") => `/api/bulk-actions/${encodeURIComponent(id)}${action}`;

describe("route fuzz: bulk actions", () => {
  it("GET, cancel and retry of ids that are no action of this person's are 404 and reach no one", async () => {
    await run(
      fc.tuple(fc.oneof(hostileId, fc.uuid()), fc.constantFrom("read", "cancel", "retry")),
      120,
      async ([id, route]) => {
        const response =
          route === "read"
            ? await readAction(consoleRequest(path(id), { cookie }), routeContext({ id }))
            : route === "cancel"
              ? await cancelAction(post(path(id, "/cancel"), "{}"), routeContext({ id }))
              : await retryAction(
                  post(path(id, "/retry"), JSON.stringify({ requestKey: randomUUID() })),
                  routeContext({ id }),
                );
        expect(response.status).toBe(404);
        await expectRefusedAndNothingSent(response);
      },
    );
  });

  it("start: bodies the contract refuses are 4xx and reach no one; accepted ones send one change per monitor, nothing else", async () => {
    const body = fc.record(
      {
        requestKey: hostileRequestKey,
        kind: fc.constantFrom("pause", "resume", "delete", "edit", "create", "unpause", ""),
        monitorIds: fc.array(fc.oneof(hostileId, fc.integer({ min: 1, max: 999_999 }).map(String)), { maxLength: 6 }),
      },
      { requiredKeys: [] },
    );
    // A key already used returns that action: the database compares UUIDs whatever their case.
    const usedKeys = new Set<string>();
    await run(body, 60, async (value) => {
      account.changes.length = 0;
      // Every monitor asked about exists (a delete case removes its own).
      for (const id of Array.isArray(value.monitorIds) ? value.monitorIds : [])
        account.monitors.set(id, storedMonitor(id));
      const response = await startAction(post("/api/bulk-actions", JSON.stringify(value)), routeContext({}));
      const parsed = startBulkActionSchema.safeParse(value);
      const ids = parsed.success && "monitorIds" in parsed.data ? parsed.data.monitorIds : [];
      if (!parsed.success || new Set(ids).size !== ids.length) return expectRefusedAndNothingSent(response);
      const { bulkAction } = bulkActionResponseSchema.parse(await response.json());
      await endOfRunHere(bulkAction.id);
      const key = parsed.data.requestKey.toLowerCase();
      if (usedKeys.has(key)) {
        expect(response.status).toBe(200);
        expect(upstream.requests).toEqual([]);
        return;
      }
      usedKeys.add(key);
      expect(response.status).toBe(202);
      const reads = upstream.requests.filter((request) => request.method === "GET").map((request) => request.url);
      // One list read for the whole action, none per monitor.
      expect(reads).toEqual(["/api/v3/monitors?type=email-round-trip"]);
      const changes = upstream.requests.filter((request) => request.method !== "GET");
      const method = parsed.data.kind === "delete" ? "DELETE" : "PATCH";
      expect(changes.map((request) => request.method)).toEqual(ids.map(() => method));
      expect(changes.map((request) => request.url.split("/").at(-1)).sort()).toEqual([...ids].sort());
    });
  });

  it("every POST route refuses other content types (415) and other sites (403) before anything else", async () => {
    const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const id = randomUUID();
    await run(
      fc.tuple(wrongContentType, fc.boolean(), fc.constantFrom("start", "cancel", "retry")),
      60,
      async ([type, isCrossSite, route]) => {
        const headers = isCrossSite ? crossSite : { "content-type": type === "" ? null : type };
        const body = JSON.stringify({ requestKey: randomUUID(), kind: "pause", monitorIds: ["101"] });
        const response =
          route === "start"
            ? await startAction(post("/api/bulk-actions", body, { headers }), routeContext({}))
            : route === "cancel"
              ? await cancelAction(post(path(id, "/cancel"), body, { headers }), routeContext({ id }))
              : await retryAction(post(path(id, "/retry"), body, { headers }), routeContext({ id }));
        expect(response.status).toBe(isCrossSite ? 403 : 415);
        await expectRefusedAndNothingSent(response);
      },
    );
  });
});
