import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  type ConsoleRequestInit,
  expectEnvelope,
  routeContext,
  sessionCookie,
  UPSTREAM_TOKEN,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { setBulkRunOptionsForTests } from "@/lib/bulk/bulk-actions";
import { bulkActionResponseSchema } from "@/lib/bulk/contract";
import { endOfRunHere } from "@/lib/bulk/running-here";
import { type BulkAccount, bulkAccount, bulkAccountRules, REFUSAL } from "@/lib/bulk/testing/bulk-upstream";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";
import { GET as readAction } from "./bulk-actions/[id]/route";
import { POST as cancelAction } from "./bulk-actions/[id]/cancel/route";
import { POST as retryAction } from "./bulk-actions/[id]/retry/route";
import { POST as startAction } from "./bulk-actions/route";

// The bulk-action routes as Next calls them: a real session cookie, the database, and a fake
// AlertSite account. The runner's own behaviour: lib/bulk/bulk-actions.test.ts.

let upstream: FakeUpstream;
let account: BulkAccount;
let restoreEnvironment: () => void;
let cookie: string;

withTestDatabase();

beforeAll(async () => {
  account = bulkAccount(["101", "102", "103"]);
  upstream = await startFakeUpstream({ rules: bulkAccountRules(account) });
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie();
  setBulkRunOptionsForTests({ concurrency: 2, secondMs: 10 });
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
});
beforeEach(() => {
  upstream.reset();
  account.changes.length = 0;
  account.refused.clear();
});

const post = (path: string, body: unknown, init: ConsoleRequestInit = {}) =>
  consoleRequest(path, { method: "POST", body: JSON.stringify(body), cookie, ...init });

const start = (body: unknown, init: ConsoleRequestInit = {}) =>
  startAction(post("/api/bulk-actions", body, init), routeContext({}));
const read = (id: string, init: ConsoleRequestInit = {}) =>
  readAction(consoleRequest(`/api/bulk-actions/${id}`, { cookie, ...init }), routeContext({ id }));
const cancel = (id: string, init: ConsoleRequestInit = {}) =>
  cancelAction(post(`/api/bulk-actions/${id}/cancel`, {}, init), routeContext({ id }));
const retry = (id: string, body: unknown, init: ConsoleRequestInit = {}) =>
  retryAction(post(`/api/bulk-actions/${id}/retry`, body, init), routeContext({ id }));

async function actionOf(response: Response) {
  return bulkActionResponseSchema.parse(await response.json()).bulkAction;
}

describe("POST /api/bulk-actions", () => {
  it("answers 202 with the action at once; the same request key again is 200 with the same action and sends nothing more", async () => {
    const body = { requestKey: randomUUID(), kind: "pause", monitorIds: ["101", "102"] };
    const first = await start(body);
    expect(first.status).toBe(202);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const started = await actionOf(first);
    expect(started).toMatchObject({ kind: "pause", actor: "ops@example.com" });
    expect(started.items.map((item) => item.monitorId)).toEqual(["101", "102"]);
    await endOfRunHere(started.id);

    const again = await start(body);
    expect(again.status).toBe(200);
    expect((await actionOf(again)).id).toBe(started.id);
    expect(account.changes.map((change) => change.body)).toEqual([{ enabled: false }, { enabled: false }]);
    expect(upstream.requests.every((request) => request.headers.authorization === `Bearer ${UPSTREAM_TOKEN}`)).toBe(
      true,
    );
  });

  it("refuses a body the contract does not allow with 400 in plain words, and sends nothing", async () => {
    for (const body of [
      { requestKey: "not-a-uuid", kind: "pause", monitorIds: ["101"] },
      { requestKey: randomUUID(), kind: "pause", monitorIds: [] },
      { requestKey: randomUUID(), kind: "pause", monitorIds: ["../access-tokens"] },
      { requestKey: randomUUID(), kind: "explode", monitorIds: ["101"] },
      {
        requestKey: randomUUID(),
        kind: "edit",
        items: [{ monitorId: "101", patch: { email_password: "secret-1234" } }],
      },
    ]) {
      const envelope = await expectEnvelope(await start(body), 400);
      expect(envelope.errors[0]?.message).toBeTruthy();
    }
    expect(upstream.requests).toEqual([]);
  });

  it("needs a session, the console's own origin and JSON", async () => {
    const body = { requestKey: randomUUID(), kind: "pause", monitorIds: ["101"] };
    expect((await expectEnvelope(await start(body, { cookie: "" }), 401)).errors[0]?.message).toMatch(/session/);
    await expectEnvelope(
      await start(body, { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } }),
      403,
    );
    await expectEnvelope(await start(body, { headers: { "content-type": "text/plain" } }), 415);
    expect(upstream.requests).toEqual([]);
  });
});

describe("GET, cancel and retry", () => {
  it("GET shows the action's items and counts; someone else's action or a made-up id is 404 in plain words", async () => {
    const started = await actionOf(await start({ requestKey: randomUUID(), kind: "resume", monitorIds: ["103"] }));
    await endOfRunHere(started.id);
    const view = await actionOf(await read(started.id));
    expect(view).toMatchObject({ state: "finished", inFlight: 0 });
    expect(view.items[0]).toMatchObject({ monitorName: "Mailbox 103", status: "done" });

    const otherCookie = await sessionCookie({ email: "other@example.com" });
    const envelope = await expectEnvelope(await read(started.id, { cookie: otherCookie }), 404);
    expect(envelope.errors[0]?.message).toMatch(/^This bulk action was not found/);
    await expectEnvelope(await read("..%2F..%2Faccess-tokens"), 404);
    await expectEnvelope(await cancel(started.id, { cookie: otherCookie }), 404);
  });

  it("retry re-sends only the failed monitor (202), the same key again is 200; a retry with nothing failed is 409", async () => {
    account.refused.add("102");
    const started = await actionOf(
      await start({
        requestKey: randomUUID(),
        kind: "edit",
        items: ["101", "102"].map((monitorId) => ({ monitorId, patch: { timeout: 90 } })),
      }),
    );
    await endOfRunHere(started.id);
    const failed = await actionOf(await read(started.id));
    expect(failed.items[1]).toMatchObject({ status: "failed", alertSite: REFUSAL });
    account.refused.clear();
    account.changes.length = 0;

    const requestKey = randomUUID();
    const retried = await retry(started.id, { requestKey });
    expect(retried.status).toBe(202);
    await endOfRunHere(started.id);
    expect((await retry(started.id, { requestKey })).status).toBe(200);
    expect(account.changes.map((change) => change.id)).toEqual(["102"]);
    expect((await actionOf(await read(started.id))).counts.done).toBe(2);

    const nothing = await expectEnvelope(await retry(started.id, { requestKey: randomUUID() }), 409);
    expect(nothing.errors[0]?.message).toMatch(/nothing to retry/);
    await expectEnvelope(await retry(started.id, { requestKey: "again" }), 400);
  });

  it("cancel of an action that has ended changes nothing and answers its view", async () => {
    const started = await actionOf(await start({ requestKey: randomUUID(), kind: "pause", monitorIds: ["101"] }));
    await endOfRunHere(started.id);
    const response = await cancel(started.id);
    expect(response.status).toBe(200);
    expect(await actionOf(response)).toMatchObject({ state: "finished", counts: { done: 1, cancelled: 0 } });
  });
});
