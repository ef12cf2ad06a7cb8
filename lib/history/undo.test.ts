import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/monitors/changes";
import { emptyMonitorFormValues } from "@/lib/monitors/form-values";
import { type FieldChange, type HistoryEntry } from "./entry";
import { PASSWORD_NOT_UNDOABLE, undoability, undoPlan } from "./undo";

const interval: FieldChange = {
  secret: false,
  field: "interval",
  label: "Run every",
  before: { text: "15 minutes", value: "15" },
  after: { text: "5 minutes", value: "5" },
};
const locations: FieldChange = {
  secret: false,
  field: "locations",
  label: "Monitoring locations",
  before: { text: "London, UK", value: ["10"] },
  after: { text: "Sydney, AU", value: ["20"] },
};
const password: FieldChange = { secret: true, field: "email_password", label: "Mailbox password" };

type Undoable = Pick<HistoryEntry, "action" | "outcome" | "monitorId" | "changes">;
const entry = (overrides: Partial<Undoable> = {}): Undoable => ({
  action: "edit",
  outcome: "done",
  monitorId: "123456",
  changes: [interval],
  ...overrides,
});

const current = { ...emptyMonitorFormValues, name: "Billing", interval: "5", locations: ["20"] };

describe("undoability", () => {
  it("offers undo for a completed edit, pause or resume", () => {
    for (const action of ["edit", "pause", "resume"] as const)
      expect(undoability(entry({ action }))).toEqual({ isUndoable: true, keepsPassword: false });
  });

  it("says a password change cannot be undone, alone or beside other changes", () => {
    expect(undoability(entry({ changes: [password] }))).toEqual({ isUndoable: false, reason: PASSWORD_NOT_UNDOABLE });
    expect(undoability(entry({ changes: [interval, password] }))).toEqual({ isUndoable: true, keepsPassword: true });
  });

  it("offers nothing for a change not made, and no reason for creates, deletes and tests", () => {
    for (const outcome of ["refused", "unknown", "pending", "not-made"] as const)
      expect(undoability(entry({ outcome })).isUndoable).toBe(false);
    for (const action of ["create", "delete", "test"] as const)
      expect(undoability(entry({ action }))).toEqual({ isUndoable: false, reason: null });
  });
});

describe("undoPlan", () => {
  it("puts the old values back on top of the current ones; the form's summary then shows exactly those", () => {
    const plan = undoPlan(entry({ changes: [interval, locations] }), current);
    expect(plan.values).toEqual({ ...current, interval: "15", locations: ["10"] });
    expect(plan.restored).toEqual(["interval", "locations"]);
    expect(plan.changedSince).toEqual([]);
    expect(describeChanges(current, plan.values).map((change) => change.field)).toEqual(["interval", "locations"]);
  });

  it("names the fields changed again since the entry, with what it left and what is there now", () => {
    const plan = undoPlan(entry(), { ...current, interval: "30" });
    expect(plan.values.interval).toBe("15");
    expect(plan.changedSince).toEqual([
      { field: "interval", label: "Run every", recorded: "5 minutes", now: "30 minutes" },
    ]);
  });

  it("leaves the password as it is and skips values it cannot read", () => {
    const odd: FieldChange = { ...locations, before: { text: "?", value: { not: "a list" } } };
    const plan = undoPlan(entry({ changes: [odd, password, interval] }), current);
    expect(plan.values.email_password).toBe("");
    expect(plan.values.locations).toEqual(["20"]);
    expect(plan.unreadable).toEqual(["Monitoring locations"]);
    expect(plan.keepsPassword).toBe(true);
  });
});
