import { describe, expect, it } from "vitest";
import { type FieldChange } from "@/lib/history/entry";
import {
  countEntries,
  deleteEntriesBefore,
  getEntry,
  type HistoryAttempt,
  insertHistoryAttempt,
  listActors,
  listEntries,
  listMonitorEntries,
  setHistoryOutcome,
} from "../queries";
import { withTestDatabase } from "./with-test-database";

// The query functions' behaviour, run against whichever database the environment names: PGlite in
// queries.test.ts, a real PostgreSQL in queries.pg.test.ts.

const RENAME: FieldChange = {
  secret: false,
  field: "name",
  label: "Name",
  before: { text: "Old", value: "Old" },
  after: { text: "New", value: "New" },
};
const PASSWORD: FieldChange = { secret: true, field: "email_password", label: "Mailbox password" };

const base = Date.parse("2026-05-01T12:00:00.000Z");
const minutes = (n: number) => new Date(base + n * 60_000);

function attempt(overrides: Partial<HistoryAttempt> = {}): HistoryAttempt {
  return {
    actor: "dana@example.com",
    action: "edit",
    monitorId: "101",
    monitorName: "Billing mailbox",
    changes: [RENAME],
    ...overrides,
  };
}

export function historyQuerySuite(): void {
  withTestDatabase();

  describe("writing an entry", () => {
    it("stores the attempt as pending, then the outcome AlertSite gave", async () => {
      const written = await insertHistoryAttempt(attempt({ changes: [RENAME, PASSWORD], at: minutes(0) }));
      expect(written).toMatchObject({
        actor: "dana@example.com",
        action: "edit",
        monitorId: "101",
        monitorName: "Billing mailbox",
        outcome: "pending",
        message: null,
        at: "2026-05-01T12:00:00.000Z",
        outcomeAt: "2026-05-01T12:00:00.000Z",
      });
      expect(written.changes).toEqual([RENAME, PASSWORD]);

      await setHistoryOutcome(written.id, { outcome: "refused", message: "Invalid interval" });
      const stored = await getEntry(written.id);
      expect(stored).toMatchObject({ outcome: "refused", message: "Invalid interval", answerLost: null });
      expect(Date.parse(stored?.outcomeAt ?? "")).toBeGreaterThan(base);
    });

    it("gives a create its monitor id once AlertSite answers, and keeps why an answer was lost", async () => {
      const written = await insertHistoryAttempt(attempt({ action: "create", monitorId: null }));
      await setHistoryOutcome(written.id, { outcome: "unknown", answerLost: "timeout" });
      await setHistoryOutcome(written.id, { outcome: "done", monitorId: "200001" });
      expect(await getEntry(written.id)).toMatchObject({
        outcome: "done",
        monitorId: "200001",
        answerLost: "timeout",
      });
    });

    it("finds nothing for an id that is not one, without asking the database to parse it", async () => {
      expect(await getEntry("not-a-uuid")).toBeUndefined();
      expect(await getEntry("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    });
  });

  describe("listing", () => {
    it("pages newest first, each entry exactly once, even when several share a time", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await insertHistoryAttempt(attempt({ at: minutes(i % 3) }))).id);

      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await listEntries({}, { limit: 3, ...(cursor ? { cursor } : {}) });
        seen.push(...page.entries.map((entry) => entry.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);

      expect(pages).toBe(3);
      expect([...seen].sort()).toEqual([...ids].sort());
      const times = await Promise.all(seen.map(async (id) => (await getEntry(id))?.at ?? ""));
      expect([...times]).toEqual([...times].sort().reverse());
    });

    it("says there is no next page when the last page is exactly full", async () => {
      for (let i = 0; i < 2; i++) await insertHistoryAttempt(attempt({ at: minutes(i) }));
      expect((await listEntries({}, { limit: 2 })).nextCursor).toBeNull();
    });

    it("filters by person, monitor, action, outcome and date, together", async () => {
      const kept = await insertHistoryAttempt(attempt({ at: minutes(10) }));
      await setHistoryOutcome(kept.id, { outcome: "done" });
      await insertHistoryAttempt(attempt({ at: minutes(11), actor: "sam@example.com" }));
      await insertHistoryAttempt(attempt({ at: minutes(12), monitorId: "202" }));
      await insertHistoryAttempt(attempt({ at: minutes(13), action: "pause" }));
      await insertHistoryAttempt(attempt({ at: minutes(14) }));
      await insertHistoryAttempt(attempt({ at: minutes(-30) }));

      const filters = {
        actor: "dana@example.com",
        monitorId: "101",
        action: "edit",
        outcome: "done",
        from: minutes(0),
        to: minutes(60),
      } as const;
      const page = await listEntries(filters);
      expect(page.entries.map((entry) => entry.id)).toEqual([kept.id]);
      expect(await countEntries(filters)).toBe(1);
      expect(await countEntries()).toBe(6);
      expect((await listEntries({ to: minutes(10) })).entries).toHaveLength(1);
    });

    it("filters to one bulk action's items", async () => {
      const bulk = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
      const item = await insertHistoryAttempt(attempt({ bulkActionId: bulk }));
      await insertHistoryAttempt(attempt({ bulkActionId: "0f8fad5b-d9cb-469f-a165-70867728950e" }));
      await insertHistoryAttempt(attempt());
      const page = await listEntries({ bulkActionId: bulk });
      expect(page.entries.map((entry) => entry.id)).toEqual([item.id]);
      expect(page.entries[0]?.bulkActionId).toBe(bulk);
    });

    it("searches monitor names, ids and logins, taking % and _ literally", async () => {
      await insertHistoryAttempt(attempt({ monitorName: "Payroll 100% mailbox" }));
      await insertHistoryAttempt(attempt({ monitorName: "Payroll mailbox", monitorId: "555" }));
      await insertHistoryAttempt(attempt({ monitorName: "Other", actor: "payroll-admin@example.com" }));

      expect((await listEntries({ search: "payroll" })).entries).toHaveLength(3);
      expect((await listEntries({ search: "100%" })).entries.map((entry) => entry.monitorName)).toEqual([
        "Payroll 100% mailbox",
      ]);
      expect((await listEntries({ search: "55" })).entries.map((entry) => entry.monitorId)).toEqual(["555"]);
      expect((await listEntries({ search: "l_" })).entries).toHaveLength(0);
    });

    it("lists one monitor's history newest first", async () => {
      await insertHistoryAttempt(attempt({ at: minutes(1), monitorName: "First name" }));
      await insertHistoryAttempt(attempt({ at: minutes(2), monitorId: "999" }));
      await insertHistoryAttempt(attempt({ at: minutes(3), monitorName: "Second name" }));
      const page = await listMonitorEntries("101");
      expect(page.entries.map((entry) => entry.monitorName)).toEqual(["Second name", "First name"]);
    });

    it("names everyone who made a change, once each", async () => {
      await insertHistoryAttempt(attempt({ actor: "sam@example.com" }));
      await insertHistoryAttempt(attempt());
      await insertHistoryAttempt(attempt());
      expect(await listActors()).toEqual(["dana@example.com", "sam@example.com"]);
    });
  });

  describe("retention", () => {
    it("deletes entries older than the cutoff and keeps the rest", async () => {
      await insertHistoryAttempt(attempt({ at: minutes(-2) }));
      await insertHistoryAttempt(attempt({ at: minutes(-1) }));
      const kept = await insertHistoryAttempt(attempt({ at: minutes(0) }));
      expect(await deleteEntriesBefore(minutes(0))).toBe(2);
      expect((await listEntries()).entries.map((entry) => entry.id)).toEqual([kept.id]);
    });
  });
}
