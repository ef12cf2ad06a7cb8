import { describe, expect, it } from "vitest";
import { cn } from "./utils";

describe("cn", () => {
  it("lets a caller's class override the component's class for the same property", () => {
    expect(cn("px-4 py-2 bg-primary", "px-2")).toBe("py-2 bg-primary px-2");
  });

  it("keeps classes for different properties and different variants", () => {
    expect(cn("text-sm", "hover:text-lg", "focus-visible:ring-2")).toBe("text-sm hover:text-lg focus-visible:ring-2");
  });

  it("drops false, null and undefined, and reads objects and arrays", () => {
    const isActive = false;
    expect(cn("base", isActive && "active", null, undefined, { "is-on": true, "is-off": false }, ["a", ["b"]])).toBe(
      "base is-on a b",
    );
  });

  it("knows the theme's colour names are colours, so the later one wins", () => {
    expect(cn("bg-primary text-primary-foreground", "bg-destructive")).toBe("text-primary-foreground bg-destructive");
  });
});
