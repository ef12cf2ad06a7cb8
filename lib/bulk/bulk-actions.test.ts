import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { useConsoleEnvironment } from "@/lib/api/testing/route-harness";
import { getDb } from "@/lib/db";
import { listEntries } from "@/lib/db/queries";
import { bulkAction, bulkItem, bulkRetry, historyEntry } from "@/lib/db/schema";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";
import {
  cancelBulkAction,
  readBulkAction,
  retryBulkAction,
  setBulkRunOptionsForTests,
  startBulkAction,
} from "./bulk-actions";
import { type BulkActionView, type StartBulkAction, startBulkActionSchema } from "./contract";
import { NOT_SENT_CANCELLED, NOT_SENT_SESSION_ENDED } from "./item-outcome";
import { endOfRunHere } from "./running-here";
import { type BulkAccount, bulkAccount, bulkAccountRules, REFUSAL } from "./testing/bulk-upstream";

// The bulk runner end to end in one process: the services the routes call, a real (in-memory)
// database, and a fake AlertSite account that counts what it receives.

const session = { email: "ops@example.com", alertSiteToken: "tok-bulk-tests" };
const IDS = ["101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112"];
const PASSWORD = "mailbox-PASSWORD-42";

let upstream: FakeUpstream;
let account: BulkAccount;
let restoreEnvironment: () => void;

withTestDatabase();
vi.setConfig({ testTimeout: 60_000 });

beforeEach(async () => {
  account = bulkAccount(IDS);
  upstream = await startFakeUpstream({ rules: bulkAccountRules(account) });
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  // A second of a 429's wait lasts 50 ms here.
  setBulkRunOptionsForTests({ concurrency: 4, secondMs: 50, heartbeatMs: 50 });
});
afterEach(async () => {
  restoreEnvironment();
  await upstream.close();
});

type WithoutKey<T> = T extends unknown ? Omit<T, "requestKey"> : never;

/** Starts an action as the route would (the body through the contract's schema) and waits for its end. */
async function start(body: WithoutKey<StartBulkAction>, requestKey = randomUUID()) {
  const started = await startBulkAction(session, startBulkActionSchema.parse({ ...body, requestKey }));
  await endOfRunHere(started.bulkAction.id);
  return started;
}

async function settled(id: string): Promise<BulkActionView> {
  await endOfRunHere(id);
  return readBulkAction(session, id);
}

const sent = () =>
  account.changes.map((change) => `${change.method} ${change.id ?? "new"} ${JSON.stringify(change.body)}`);
const requestUrls = () => upstream.requests.map((request) => `${request.method} ${request.url}`);

async function rejection(promise: Promise<unknown>): Promise<RequestRejected> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RequestRejected)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("a bulk pause", () => {
  it("sends exactly one PATCH of {enabled: false} per monitor, after one list read and no read per monitor", async () => {
    const { bulkAction: started, isNew } = await start({ kind: "pause", monitorIds: ["101", "102"] });
    expect(isNew).toBe(true);
    const view = await settled(started.id);

    expect(sent()).toEqual(['PATCH 101 {"enabled":false}', 'PATCH 102 {"enabled":false}']);
    expect(requestUrls().filter((url) => url.startsWith("GET"))).toEqual([
      "GET /api/v3/monitors?type=email-round-trip",
    ]);
    expect(view.state).toBe("finished");
    expect(view.finishedAt).not.toBeNull();
    expect(view.counts).toEqual({ queued: 0, sending: 0, waiting: 0, done: 2, failed: 0, unknown: 0, cancelled: 0 });
    expect(view.items.map((item) => [item.monitorId, item.monitorName, item.status])).toEqual([
      ["101", "Mailbox 101", "done"],
      ["102", "Mailbox 102", "done"],
    ]);
  });

  it("records every item in the history as part of the action, each item linked to its entry", async () => {
    const { bulkAction: started } = await start({ kind: "pause", monitorIds: ["101", "102"] });
    const view = await settled(started.id);
    const { entries } = await listEntries({ bulkActionId: started.id });

    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.action === "pause" && entry.outcome === "done")).toBe(true);
    expect(entries.map((entry) => entry.id).sort()).toEqual(view.items.map((item) => item.historyEntryId).sort());
    // The history's "before" came from the list read.
    expect(entries.find((entry) => entry.monitorId === "101")?.changes[0]).toMatchObject({
      field: "enabled",
      before: { value: "true" },
      after: { value: "false" },
    });
  });

  it("the same request key again starts nothing and returns the action already started", async () => {
    const requestKey = randomUUID();
    const first = await start({ kind: "pause", monitorIds: ["101", "102"] }, requestKey);
    const second = await start({ kind: "pause", monitorIds: ["101", "102"] }, requestKey);

    expect(second.isNew).toBe(false);
    expect(second.bulkAction.id).toBe(first.bulkAction.id);
    expect(sent()).toHaveLength(2);
    expect(await (await getDb()).select().from(bulkAction)).toHaveLength(1);
  });
});

describe("running many", () => {
  it("never has more requests in flight than the concurrency allows, and does use it", async () => {
    account.delayMs = 40;
    setBulkRunOptionsForTests({ concurrency: 3, secondMs: 50 });
    const { bulkAction: started } = await start({ kind: "resume", monitorIds: IDS });
    const view = await settled(started.id);

    expect(account.changes).toHaveLength(IDS.length);
    expect(account.maxInFlight).toBe(3);
    expect(view.counts.done).toBe(IDS.length);
  });

  it("waits out a 429's Retry-After with the whole action: nothing new is sent during the wait, then the monitor again", async () => {
    account.rateLimits = ["2"];
    account.delayMs = 30;
    // Retry-After: 2 is 300 ms here.
    setBulkRunOptionsForTests({ concurrency: 2, secondMs: 150 });
    const { bulkAction: started } = await startBulkAction(session, {
      requestKey: randomUUID(),
      kind: "pause",
      monitorIds: ["101", "102", "103", "104"],
    });
    await vi.waitFor(
      async () => {
        const view = await readBulkAction(session, started.id);
        expect(view.items[0]).toMatchObject({ status: "waiting", message: expect.stringMatching(/slow down/) });
      },
      { timeout: 5000, interval: 20 },
    );
    const view = await settled(started.id);

    const patches = upstream.requests.filter((request) => request.method === "PATCH").map((request) => request.url);
    expect(patches.filter((url) => url.endsWith("/101"))).toHaveLength(2);
    expect(patches).toHaveLength(5);
    expect(sent().sort()).toEqual(["101", "102", "103", "104"].map((id) => `PATCH ${id} {"enabled":false}`));
    const answered429 = account.rateLimitedAt[0] ?? 0;
    const sentAfter = account.changes.filter((change) => change.at > answered429);
    // 102 was already in flight; every request after the 429 waited (a little slack for timer rounding).
    expect(sentAfter.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...sentAfter.map((change) => change.at - answered429))).toBeGreaterThanOrEqual(280);
    expect(view.counts.done).toBe(4);
    // One history entry per monitor, whatever the number of sends.
    expect((await listEntries({ bulkActionId: started.id })).entries).toHaveLength(4);
  });

  it("a 429 with no Retry-After is waited out too (backoff), then the item is done", async () => {
    account.rateLimits = [null, null];
    setBulkRunOptionsForTests({ concurrency: 2, secondMs: 20 });
    const { bulkAction: started } = await start({ kind: "pause", monitorIds: ["101", "102"] });
    const view = await settled(started.id);

    expect(view.counts.done).toBe(2);
    expect(sent()).toHaveLength(2);
  });

  it("cancel: no new request starts, those in flight finish, the rest are cancelled as never sent", async () => {
    account.delayMs = 150;
    setBulkRunOptionsForTests({ concurrency: 2, secondMs: 50 });
    const { bulkAction: started } = await startBulkAction(session, {
      requestKey: randomUUID(),
      kind: "pause",
      monitorIds: IDS,
    });
    await vi.waitFor(() => expect(account.inFlight).toBe(2), { timeout: 5000, interval: 5 });
    const cancelling = await cancelBulkAction(session, started.id);
    expect(["cancelling", "cancelled"]).toContain(cancelling.state);
    const view = await settled(started.id);

    expect(view.state).toBe("cancelled");
    expect(view.counts.done).toBe(2);
    expect(view.counts.cancelled).toBe(IDS.length - 2);
    expect(account.changes).toHaveLength(2);
    expect(
      view.items.filter((item) => item.status === "cancelled").every((item) => item.message === NOT_SENT_CANCELLED),
    ).toBe(true);
    expect(view.items.filter((item) => item.status === "cancelled").every((item) => item.historyEntryId === null)).toBe(
      true,
    );
  });

  it("an ended AlertSite session fails the item and leaves the rest failed as not sent, ready for a retry", async () => {
    setBulkRunOptionsForTests({ concurrency: 1, secondMs: 50 });
    upstream.respondTo(/email-round-trip\/101$/, {
      status: 401,
      json: { errors: [{ code: 401, message: "invalid_token - The access token has expired." }] },
    });
    const { bulkAction: started } = await start({ kind: "pause", monitorIds: ["101", "102", "103"] });
    const view = await settled(started.id);

    expect(view.items.map((item) => item.status)).toEqual(["failed", "failed", "failed"]);
    expect(view.items[0]?.message).toMatch(/session has ended/);
    expect(view.items[0]?.alertSite).toMatch(/access token has expired/);
    expect(view.items.slice(1).every((item) => item.message === NOT_SENT_SESSION_ENDED)).toBe(true);
    expect(sent()).toHaveLength(0);
  });
});

describe("failures and retry", () => {
  it("a refused item keeps the console's plain words with AlertSite's own text; the others are done", async () => {
    account.refused.add("102");
    const { bulkAction: started } = await start({
      kind: "edit",
      items: ["101", "102", "103"].map((monitorId) => ({ monitorId, patch: { timeout: 90 } })),
    });
    const view = await settled(started.id);

    expect(view.items.map((item) => item.status)).toEqual(["done", "failed", "done"]);
    expect(view.items[1]?.message).toMatch(/AlertSite had a problem on its side/);
    expect(view.items[1]?.alertSite).toBe(REFUSAL);
    const refused = (await listEntries({ bulkActionId: started.id, outcome: "refused" })).entries;
    expect(refused.map((entry) => [entry.monitorId, entry.message])).toEqual([["102", REFUSAL]]);
  });

  it("'Retry the failed ones' sends only the failed item again; the same retry key again sends nothing", async () => {
    account.refused.add("102");
    const { bulkAction: started } = await start({
      kind: "edit",
      items: ["101", "102", "103"].map((monitorId) => ({ monitorId, patch: { timeout: 90 } })),
    });
    await settled(started.id);
    account.refused.clear();
    account.changes.length = 0;

    const requestKey = randomUUID();
    const retried = await retryBulkAction(session, started.id, requestKey);
    expect(retried.isNew).toBe(true);
    const view = await settled(started.id);
    const again = await retryBulkAction(session, started.id, requestKey);

    expect(again.isNew).toBe(false);
    expect(sent()).toEqual(['PATCH 102 {"timeout":90}']);
    expect(view.state).toBe("finished");
    expect(view.items.map((item) => item.status)).toEqual(["done", "done", "done"]);
    // Both attempts at 102 are in the history, under the same action.
    expect((await listEntries({ bulkActionId: started.id, monitorId: "102" })).entries).toHaveLength(2);
  });

  it("a retry with nothing failed, or while the action runs, is refused in plain words", async () => {
    const { bulkAction: started } = await start({ kind: "pause", monitorIds: ["101"] });
    const nothing = await rejection(retryBulkAction(session, started.id, randomUUID()));
    expect(nothing.status).toBe(409);
    expect(nothing.errors[0]?.message).toMatch(/nothing to retry/);

    account.delayMs = 200;
    const { bulkAction: running } = await startBulkAction(session, {
      requestKey: randomUUID(),
      kind: "pause",
      monitorIds: ["102"],
    });
    const busy = await rejection(retryBulkAction(session, running.id, randomUUID()));
    expect(busy.errors[0]?.message).toMatch(/still running/);
    await endOfRunHere(running.id);
  });

  it("a bulk edit checks each monitor's rules against the list read: a time limit not under its interval is left unsent", async () => {
    account.monitors.set("105", { ...account.monitors.get("105"), interval: 1 });
    const { bulkAction: started } = await start({
      kind: "edit",
      items: ["104", "105"].map((monitorId) => ({ monitorId, patch: { timeout: 90 } })),
    });
    const view = await settled(started.id);

    expect(view.items.map((item) => item.status)).toEqual(["done", "failed"]);
    expect(view.items[1]?.message).toMatch(/time limit|interval/i);
    expect(sent()).toEqual(['PATCH 104 {"timeout":90}']);
  });

  it("refuses a bulk edit that sets a mailbox password, and one monitor listed twice, before anything is stored", async () => {
    const password = await rejection(
      startBulkAction(session, {
        requestKey: randomUUID(),
        kind: "edit",
        items: [{ monitorId: "101", patch: { email_password: PASSWORD } }],
      }),
    );
    expect(password.errors[0]?.message).toMatch(/cannot set mailbox passwords/);
    const twice = await rejection(
      startBulkAction(session, { requestKey: randomUUID(), kind: "delete", monitorIds: ["101", "101"] }),
    );
    expect(twice.errors[0]?.message).toMatch(/listed twice/);
    expect(await (await getDb()).select().from(bulkAction)).toHaveLength(0);
    expect(upstream.requests).toHaveLength(0);
  });

  it("a bulk delete deletes each monitor once; one already gone fails in plain words", async () => {
    const { bulkAction: started } = await start({ kind: "delete", monitorIds: ["101", "999"] });
    const view = await settled(started.id);

    expect(view.items.map((item) => [item.status, item.message])).toEqual([
      ["done", null],
      ["failed", "Monitor 999 was already deleted or never existed."],
    ]);
    expect(account.monitors.has("101")).toBe(false);
  });
});

describe("an import (create)", () => {
  const row = (n: number) => ({
    row: n + 1,
    values: {
      billing_plancode: "UBM - A/A",
      name: `Imported ${n}`,
      smtp_hostname: "smtps://smtp.example.com:465",
      pop3_hostname: "pop3s://pop.example.com:995",
      email: `import-${n}@example.com`,
      email_password: PASSWORD,
    },
  });

  it("creates each row, and no mailbox password is ever written to the database", async () => {
    account.refused.add("Imported 2");
    const { bulkAction: started } = await start({ kind: "create", items: [1, 2, 3].map(row) });
    const view = await settled(started.id);

    expect(view.items.map((item) => [item.row, item.monitorName, item.status])).toEqual([
      [2, "Imported 1", "done"],
      [3, "Imported 2", "failed"],
      [4, "Imported 3", "done"],
    ]);
    expect(view.items[0]?.monitorId).toMatch(/^\d+$/);
    expect(account.changes.every((change) => JSON.stringify(change.body).includes(PASSWORD))).toBe(true);
    const db = await getDb();
    const everything = JSON.stringify([
      await db.select().from(bulkAction),
      await db.select().from(bulkItem),
      await db.select().from(bulkRetry),
      await db.select().from(historyEntry),
    ]);
    expect(everything).toContain("Imported 2");
    expect(everything).not.toContain(PASSWORD);
  });

  it("retries a failed row while this server still holds it; rows it no longer holds must be imported again", async () => {
    account.refused.add("Imported 2");
    const { bulkAction: started } = await start({ kind: "create", items: [1, 2].map(row) });
    await settled(started.id);
    account.refused.clear();
    await retryBulkAction(session, started.id, randomUUID());
    const view = await settled(started.id);
    expect(view.items.map((item) => item.status)).toEqual(["done", "done"]);

    account.refused.add("Imported 5");
    const { bulkAction: other } = await start({ kind: "create", items: [5].map(row) });
    await settled(other.id);
    const { keepOnlyFailedCreateValues } = await import("./running-here");
    keepOnlyFailedCreateValues(other.id, []);
    const lost = await rejection(retryBulkAction(session, other.id, randomUUID()));
    expect(lost.status).toBe(409);
    expect(lost.errors[0]?.message).toMatch(/^Row 6 must be imported again/);
  });
});

describe("reading an action", () => {
  it("is only for the person who started it: anyone else, or a made-up id, is told it was not found", async () => {
    const { bulkAction: started } = await start({ kind: "pause", monitorIds: ["101"] });
    const someoneElse = await rejection(readBulkAction({ ...session, email: "other@example.com" }, started.id));
    expect(someoneElse.status).toBe(404);
    expect(someoneElse.errors[0]?.message).toMatch(/not found/);
    expect((await rejection(readBulkAction(session, "not-an-id"))).status).toBe(404);
  });

  it("an action left running by a console that stopped shows what was never sent and what was in flight", async () => {
    const db = await getDb();
    const [action] = await db
      .insert(bulkAction)
      .values({
        actor: session.email,
        requestKey: randomUUID(),
        kind: "pause",
        heartbeatAt: new Date(Date.now() - 10 * 60_000),
      })
      .returning();
    if (!action) throw new Error("no action");
    await db.insert(bulkItem).values(
      (["done", "sending", "queued", "waiting"] as const).map((status, index) => ({
        bulkActionId: action.id,
        index,
        monitorId: String(101 + index),
        monitorName: `Mailbox ${101 + index}`,
        status,
      })),
    );
    const view = await readBulkAction(session, action.id);

    expect(view.state).toBe("cancelled");
    expect(view.finishedAt).toBe(action.heartbeatAt.toISOString());
    expect(view.items.map((item) => item.status)).toEqual(["done", "unknown", "cancelled", "cancelled"]);
    expect(view.items[2]?.message).toMatch(/console that ran this action stopped/);
  });
});
