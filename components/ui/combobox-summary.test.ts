import { describe, expect, it } from "vitest";
import { comboboxSummary, type ComboboxOption } from "./combobox-summary";

const LOCATIONS: ComboboxOption[] = [
  { value: "10", label: "Fort Lauderdale" },
  { value: "20", label: "London" },
  { value: "30", label: "Singapore" },
  { value: "40", label: "Sydney" },
];

describe("comboboxSummary", () => {
  it("shows the placeholder while nothing is chosen", () => {
    expect(comboboxSummary(LOCATIONS, [], "Choose locations")).toBe("Choose locations");
  });

  it("shows the label, not the value, of one or two choices", () => {
    expect(comboboxSummary(LOCATIONS, ["20"], "Choose")).toBe("London");
    expect(comboboxSummary(LOCATIONS, ["20", "10"], "Choose")).toBe("London, Fort Lauderdale");
  });

  it("names the first of three or more choices and counts the rest", () => {
    expect(comboboxSummary(LOCATIONS, ["30", "10", "40"], "Choose")).toBe("Singapore and 2 more");
  });

  it("shows a value that is no longer among the options as itself", () => {
    expect(comboboxSummary(LOCATIONS, ["99"], "Choose")).toBe("99");
  });
});
