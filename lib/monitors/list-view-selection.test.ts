import { describe, expect, it } from "vitest";
import { listMonitors } from "./list-view";
import { matchingMonitorIds, presentSelection, selectionState, withIds } from "./list-view-selection";

const rows = listMonitors([
  { id: "1", name: "Billing EU", enabled: true },
  { id: "2", name: "Billing US", enabled: false },
  { id: "3", name: "Support", enabled: true },
]);

describe("matchingMonitorIds", () => {
  it("finds every monitor the search and the state filter match, not only one page", () => {
    expect(matchingMonitorIds(rows, { q: "billing", status: "all" })).toEqual(["1", "2"]);
    expect(matchingMonitorIds(rows, { q: "billing", status: "paused" })).toEqual(["2"]);
    expect(matchingMonitorIds(rows, { q: "", status: "all" })).toHaveLength(3);
  });
});

describe("selection helpers", () => {
  it("says whether a page is wholly, partly or not selected", () => {
    expect(selectionState(["1", "2"], new Set(["1", "2", "3"]))).toBe(true);
    expect(selectionState(["1", "2"], new Set(["2"]))).toBe("indeterminate");
    expect(selectionState(["1", "2"], new Set())).toBe(false);
    expect(selectionState([], new Set(["1"]))).toBe(false);
  });

  it("adds and removes ids, and drops ids no longer listed", () => {
    expect([...withIds(new Set(["1"]), ["2", "3"], true)]).toEqual(["1", "2", "3"]);
    expect([...withIds(new Set(["1", "2"]), ["2"], false)]).toEqual(["1"]);
    expect([...presentSelection(new Set(["1", "9"]), rows)]).toEqual(["1"]);
  });
});
