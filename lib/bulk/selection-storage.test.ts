import { describe, expect, it } from "vitest";
import { parseStoredSelection, serialiseSelection } from "./selection-storage";

describe("the stored selection", () => {
  it("reads back what was stored, once each", () => {
    expect(parseStoredSelection(serialiseSelection(["1", "2", "1"]))).toEqual(["1", "2"]);
  });

  it("treats anything unreadable as no selection", () => {
    for (const raw of [null, "", "{", "{}", '["x"]', "[1]"]) expect(parseStoredSelection(raw)).toEqual([]);
  });
});
