import { describe, expect, it } from "vitest";
import { isViewOnlyList } from "./view-only";

describe("isViewOnlyList", () => {
  it("is a sign only when every listed monitor says View, in any case", () => {
    expect(isViewOnlyList([{ access_type: "View" }, { access_type: "VIEW" }, { access_type: "view" }])).toBe(true);
  });

  it("is no sign for an empty list, a monitor with other access, or one that says nothing", () => {
    expect(isViewOnlyList([])).toBe(false);
    expect(isViewOnlyList([{ access_type: "View" }, { access_type: "Full" }])).toBe(false);
    expect(isViewOnlyList([{ access_type: "View" }, {}])).toBe(false);
    expect(isViewOnlyList([{ access_type: 3 }])).toBe(false);
  });
});
