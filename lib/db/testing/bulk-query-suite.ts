import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  getBulkAction,
  insertBulkAction,
  isBulkRetryKeyUsed,
  type NewBulkItem,
  requestBulkCancel,
  setBulkItemNames,
  settleAbandonedBulkAction,
  settleBulkAction,
  startBulkRetry,
  touchBulkAction,
  updateBulkItem,
} from "../bulk-queries";
import { withTestDatabase } from "./with-test-database";

// The bulk-action queries, run against whichever database the environment names: PGlite in
// bulk-queries.test.ts, a real PostgreSQL in bulk-queries.pg.test.ts.

const items = (count: number): NewBulkItem[] =>
  Array.from({ length: count }, (_, index) => ({
    monitorId: String(101 + index),
    monitorName: `Monitor ${101 + index}`,
    row: null,
    patch: null,
  }));

async function started(count = 3, actor = "dana@example.com") {
  const { action } = await insertBulkAction({ actor, requestKey: randomUUID(), kind: "pause", items: items(count) });
  return action.id;
}

async function statuses(id: string) {
  return (await getBulkAction(id))?.items.map((item) => item.status);
}

export function bulkQuerySuite(): void {
  withTestDatabase();

  describe("bulk action queries", () => {
    it("writes an action and its items in order, all queued; a large one in several inserts", async () => {
      const id = await started(2500);
      const stored = await getBulkAction(id);
      expect(stored?.action).toMatchObject({ state: "running", kind: "pause", finishedAt: null });
      expect(stored?.items).toHaveLength(2500);
      expect(stored?.items.map((item) => item.index)).toEqual(Array.from({ length: 2500 }, (_, index) => index));
      expect(stored?.items.every((item) => item.status === "queued")).toBe(true);
    });

    it("the same person's request key again returns the first action and writes nothing; another person's is theirs", async () => {
      const requestKey = randomUUID();
      const first = await insertBulkAction({ actor: "dana@example.com", requestKey, kind: "pause", items: items(2) });
      const again = await insertBulkAction({ actor: "dana@example.com", requestKey, kind: "delete", items: items(5) });
      const other = await insertBulkAction({ actor: "lee@example.com", requestKey, kind: "pause", items: items(1) });
      expect(first.isNew).toBe(true);
      expect(again).toMatchObject({ isNew: false, action: { id: first.action.id, kind: "pause" } });
      expect(other.isNew).toBe(true);
      expect(other.action.id).not.toBe(first.action.id);
      expect((await getBulkAction(first.action.id))?.items).toHaveLength(2);
    });

    it("names items from the list read in one statement, whatever the names hold", async () => {
      const id = await started(3);
      await setBulkItemNames(id, [
        { index: 0, name: "Billing 'mailbox' \"EU\"" },
        { index: 2, name: "Ünïcödé ✉ $1 %s" },
      ]);
      expect((await getBulkAction(id))?.items.map((item) => item.monitorName)).toEqual([
        "Billing 'mailbox' \"EU\"",
        "Monitor 102",
        "Ünïcödé ✉ $1 %s",
      ]);
    });

    it("cancel moves only a running action to cancelling; settling marks what was never sent", async () => {
      const id = await started(4);
      await updateBulkItem(id, 0, { status: "done" });
      await updateBulkItem(id, 1, { status: "waiting", message: "slow down" });
      expect(await requestBulkCancel(id)).toBe(true);
      expect(await requestBulkCancel(id)).toBe(false);
      expect(await touchBulkAction(id)).toBe("cancelling");
      await settleBulkAction(id, { state: "cancelled", unsent: { status: "cancelled", message: "Not sent." } });
      const stored = await getBulkAction(id);
      expect(stored?.action.state).toBe("cancelled");
      expect(stored?.action.finishedAt).not.toBeNull();
      expect(stored?.items.map((item) => [item.status, item.message])).toEqual([
        ["done", null],
        ["cancelled", "Not sent."],
        ["cancelled", "Not sent."],
        ["cancelled", "Not sent."],
      ]);
      expect(await requestBulkCancel(id)).toBe(false);
    });

    it("an action whose heartbeat stopped is settled once, at its last heartbeat; a live one is left alone", async () => {
      const id = await started(3);
      const beat = new Date(Date.now() - 120_000);
      await touchBulkAction(id, beat);
      await updateBulkItem(id, 0, { status: "sending" });
      const messages = { unsent: "never sent", inFlight: "in flight" };
      expect(await settleAbandonedBulkAction(id, new Date(beat.getTime() - 1), messages)).toBe(false);
      expect(await settleAbandonedBulkAction(id, new Date(), messages)).toBe(true);
      expect(await settleAbandonedBulkAction(id, new Date(), messages)).toBe(false);
      const stored = await getBulkAction(id);
      expect(stored?.action).toMatchObject({ state: "cancelled", finishedAt: beat });
      expect(stored?.items.map((item) => [item.status, item.message])).toEqual([
        ["unknown", "in flight"],
        ["cancelled", "never sent"],
        ["cancelled", "never sent"],
      ]);
    });

    it("a retry re-queues only the failed items named, once per request key, never while the action runs", async () => {
      const id = await started(3);
      const key = randomUUID();
      expect(await startBulkRetry(id, key, [1])).toBe("busy");
      expect(await isBulkRetryKeyUsed(id, key)).toBe(false);
      await updateBulkItem(id, 0, { status: "done" });
      await updateBulkItem(id, 1, { status: "failed", message: "refused", alertSite: "No." });
      await updateBulkItem(id, 2, { status: "failed", message: "refused" });
      await settleBulkAction(id, { state: "finished" });

      expect(await startBulkRetry(id, key, [0, 1])).toBe("started");
      expect(await isBulkRetryKeyUsed(id, key)).toBe(true);
      expect(await statuses(id)).toEqual(["done", "queued", "failed"]);
      expect((await getBulkAction(id))?.items[1]).toMatchObject({ message: null, alertSite: null });
      expect((await getBulkAction(id))?.action).toMatchObject({ state: "running", finishedAt: null });
      expect(await startBulkRetry(id, key, [1])).toBe("repeated");
      expect(await startBulkRetry(id, randomUUID(), [2])).toBe("busy");
    });

    it("an id that is not a UUID finds nothing", async () => {
      expect(await getBulkAction("1 or 1=1")).toBeUndefined();
      expect(await getBulkAction(randomUUID())).toBeUndefined();
    });
  });
}
