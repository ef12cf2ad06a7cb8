import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { getBulkAction, insertBulkAction, touchBulkAction } from "@/lib/db/bulk-queries";
import { insertHistoryAttempt, listEntries } from "@/lib/db/queries";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";
import { pruneHistory } from "./retention";

withTestDatabase();
afterEach(() => {
  delete process.env.HISTORY_RETENTION_DAYS;
  resetConfigForTests();
});

const NOW = new Date("2026-06-01T00:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

async function entryAt(at: Date, monitorName: string) {
  await insertHistoryAttempt({
    actor: "dana@example.com",
    action: "edit",
    monitorId: "1",
    monitorName,
    changes: [],
    at,
  });
}

describe("pruneHistory", () => {
  it("keeps 400 days by default", async () => {
    await entryAt(daysAgo(401), "too old");
    await entryAt(daysAgo(399), "kept");
    expect(await pruneHistory(NOW)).toEqual({ entries: 1, bulkActions: 0 });
    expect((await listEntries()).entries.map((entry) => entry.monitorName)).toEqual(["kept"]);
  });

  it("keeps HISTORY_RETENTION_DAYS when set", async () => {
    process.env.HISTORY_RETENTION_DAYS = "30";
    resetConfigForTests();
    await entryAt(daysAgo(31), "too old");
    await entryAt(daysAgo(29), "kept");
    expect(await pruneHistory(NOW)).toEqual({ entries: 1, bulkActions: 0 });
    expect((await listEntries()).entries.map((entry) => entry.monitorName)).toEqual(["kept"]);
  });

  it("deletes the bulk actions nothing has happened to for as long, with their items", async () => {
    const actionLastSeen = async (at: Date) => {
      const { action } = await insertBulkAction({
        actor: "dana@example.com",
        requestKey: randomUUID(),
        kind: "pause",
        items: [{ monitorId: "1", monitorName: "Billing", row: null, patch: null }],
      });
      await touchBulkAction(action.id, at);
      return action.id;
    };
    const old = await actionLastSeen(daysAgo(401));
    const recent = await actionLastSeen(daysAgo(399));
    expect(await pruneHistory(NOW)).toEqual({ entries: 0, bulkActions: 1 });
    expect(await getBulkAction(old)).toBeUndefined();
    expect((await getBulkAction(recent))?.items).toHaveLength(1);
  });
});
