import { describe, expect, it } from "vitest";
import { upstream } from "@/lib/monitors/upstream-fixture";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { type BulkChange, bulkChangeSchema } from "./bulk-change";
import { includedItems, previewCounts, previewItem, previewItems, startLabel, startRequest } from "./preview";

const paused: UpstreamMonitor = { ...upstream, id: "2", name: "Paused one", enabled: false };
const hourly: UpstreamMonitor = { ...upstream, id: "3", name: "Hourly", interval: 60, timeout: 120 };

function change(input: Partial<BulkChange>): BulkChange {
  return bulkChangeSchema.parse({ values: {}, ...input });
}

describe("pause and resume", () => {
  it("pauses a running monitor with enabled alone, in the history's words", () => {
    expect(previewItem(upstream, { kind: "pause" })).toMatchObject({
      outcome: "change",
      patch: { enabled: false },
      lines: ["Monitoring on: Yes → No"],
    });
  });

  it("skips a monitor already paused, and resumes it", () => {
    expect(previewItem(paused, { kind: "pause" })).toMatchObject({ outcome: "skip", reason: "Already paused" });
    expect(previewItem(paused, { kind: "resume" })).toMatchObject({ outcome: "change", patch: { enabled: true } });
    expect(previewItem(upstream, { kind: "resume" })).toMatchObject({ outcome: "skip", reason: "Already running" });
  });
});

describe("change fields", () => {
  it("sends each monitor only the fields that change for it", () => {
    const items = previewItems([upstream, hourly], { kind: "edit", change: change({ values: { interval: "60" } }) });
    expect(items[0]).toMatchObject({
      outcome: "change",
      patch: { interval: 60 },
      lines: ["Run every: 15 minutes → 60 minutes"],
    });
    expect(items[1]).toMatchObject({ outcome: "skip", patch: {}, reason: "Already has these values" });
  });

  it("leaves out a field a monitor already has and sends the rest", () => {
    const item = previewItem(hourly, { kind: "edit", change: change({ values: { interval: "60", mode: "SLA" } }) });
    expect(item.patch).toEqual({ mode: "SLA" });
  });

  it("flags a monitor whose time limit would no longer be shorter than its interval", () => {
    const item = previewItem(upstream, { kind: "edit", change: change({ values: { interval: "5" } }) });
    expect(item.outcome).toBe("problem");
    expect(item.problems.join(" ")).toMatch(/Time limit/);
    expect(item.patch).toEqual({});
  });

  it("flags a raised time limit per monitor: fine for an hourly one, too long for every 3 minutes", () => {
    const everyThree = { ...upstream, id: "4", interval: 3, timeout: 60 };
    const items = previewItems([hourly, everyThree], { kind: "edit", change: change({ values: { timeout: "200" } }) });
    expect(items.map((entry) => entry.outcome)).toEqual(["change", "problem"]);
    expect(items[0]?.patch).toEqual({ timeout: 200 });
  });

  it("adds, removes and replaces locations", () => {
    const add = previewItem(upstream, {
      kind: "edit",
      change: change({ locations: { operation: "add", ids: ["40", "50"] } }),
    });
    expect(add.patch).toEqual({ locations: [{ id: 10 }, { id: 40 }, { id: 50 }] });
    const remove = previewItem(upstream, {
      kind: "edit",
      change: change({ values: { interval: "15" }, locations: { operation: "remove", ids: ["40"] } }),
    });
    // Two locations per run cannot stay with one location left: the rule's own message.
    expect(remove.outcome).toBe("problem");
    expect(remove.problems.join(" ")).toMatch(/location/i);
    const replace = previewItem(
      { ...upstream, monitor_location_count: 1 },
      { kind: "edit", change: change({ locations: { operation: "replace", ids: ["10"] } }) },
    );
    expect(replace).toMatchObject({ outcome: "change", patch: { locations: [{ id: 10 }] } });
  });

  it("flags removing a monitor's main location", () => {
    const item = previewItem(
      { ...upstream, monitor_location_count: 1 },
      { kind: "edit", change: change({ locations: { operation: "remove", ids: ["10"] } }) },
    );
    expect(item.outcome).toBe("problem");
    expect(item.problems.join(" ")).toMatch(/main location/i);
  });

  it("sets a custom property on top of the monitor's others", () => {
    const item = previewItem(upstream, {
      kind: "edit",
      change: change({ customProperties: { set: [{ id: "1", value_id: "12" }], remove: [] } }),
    });
    expect(item.patch).toEqual({
      custom_properties: [
        { id: 1, value_id: 12 },
        { id: 2, value_id: 21 },
      ],
    });
  });

  it("removes a custom property by sending the monitor's remaining ones", () => {
    const item = previewItem(upstream, {
      kind: "edit",
      change: change({ customProperties: { set: [], remove: ["2"] } }),
    });
    expect(item.patch).toEqual({ custom_properties: [{ id: 1, value_id: 11 }] });
  });

  it("clears a note with an empty value", () => {
    const item = previewItem(upstream, { kind: "edit", change: change({ values: { note: "" } }) });
    expect(item).toMatchObject({ outcome: "change", patch: { note: "" } });
  });
});

describe("the change itself", () => {
  it("asks for at least one field, and a value for each chosen field", () => {
    expect(bulkChangeSchema.safeParse({ values: {} }).error?.issues[0]?.message).toBe(
      "Choose at least one field to change.",
    );
    const messages = bulkChangeSchema.safeParse({ values: { interval: "", timeout: "900" } }).error?.issues;
    expect(messages?.map((issue) => issue.path.join("."))).toEqual(["values.interval", "values.timeout"]);
  });
});

describe("starting", () => {
  it("sends only included changes, with one request key", () => {
    const items = previewItems([upstream, paused, hourly], { kind: "pause" });
    expect(previewCounts(items)).toEqual({ change: 2, skip: 1, problem: 0 });
    const included = includedItems(items, new Set(["3"]));
    expect(startRequest({ kind: "pause" }, included, "k")).toEqual({
      requestKey: "k",
      kind: "pause",
      monitorIds: ["123456"],
    });
    expect(startRequest({ kind: "pause" }, [], "k")).toBeUndefined();
    expect(startLabel("pause", 2)).toBe("Pause 2 monitors");
    expect(startLabel("edit", 1)).toBe("Change 1 monitor");
  });

  it("an edit carries each monitor's own patch", () => {
    const request = { kind: "edit", change: change({ values: { mode: "SLA" } }) } as const;
    const items = previewItems([upstream], request);
    expect(startRequest(request, items, "k")).toEqual({
      requestKey: "k",
      kind: "edit",
      items: [{ monitorId: "123456", patch: { mode: "SLA" } }],
    });
  });
});
