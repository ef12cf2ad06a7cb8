import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
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
    expect(await pruneHistory(NOW)).toBe(1);
    expect((await listEntries()).entries.map((entry) => entry.monitorName)).toEqual(["kept"]);
  });

  it("keeps HISTORY_RETENTION_DAYS when set", async () => {
    process.env.HISTORY_RETENTION_DAYS = "30";
    resetConfigForTests();
    await entryAt(daysAgo(31), "too old");
    await entryAt(daysAgo(29), "kept");
    expect(await pruneHistory(NOW)).toBe(1);
    expect((await listEntries()).entries.map((entry) => entry.monitorName)).toEqual(["kept"]);
  });
});
