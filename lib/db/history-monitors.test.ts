import { describe, expect, it } from "vitest";
import { insertHistoryAttempt, listHistoryMonitors } from "./queries";
import { withTestDatabase } from "./testing/with-test-database";

// listHistoryMonitors, for the activity page's monitor filter; on embedded PGlite, in memory.

withTestDatabase();

const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 12, minute));
const entry = (monitorId: string | null, monitorName: string, minute: number) =>
  insertHistoryAttempt({
    actor: "dana@example.com",
    action: "edit",
    monitorId,
    monitorName,
    changes: [],
    at: at(minute),
  });

describe("listHistoryMonitors", () => {
  it("names each monitor once, by its latest name, sorted by name; creates that never got an id are left out", async () => {
    await entry("101", "Billing (old name)", 1);
    await entry("101", "Billing mailbox", 5);
    await entry("101", "Billing (older name)", 0);
    await entry("202", "Accounts mailbox", 2);
    await entry(null, "Never made", 3);

    expect(await listHistoryMonitors()).toEqual([
      { id: "202", name: "Accounts mailbox" },
      { id: "101", name: "Billing mailbox" },
    ]);
  });

  it("is empty for an empty history", async () => {
    expect(await listHistoryMonitors()).toEqual([]);
  });
});
