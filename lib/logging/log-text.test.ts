import { describe, expect, it } from "vitest";
import { escapeForLog } from "./log-text";

describe("escapeForLog", () => {
  it("keeps ordinary text, accents and emoji as they are", () => {
    expect(escapeForLog("Sign-in for zoë@example.com ✓")).toBe("Sign-in for zoë@example.com ✓");
  });

  it.each([
    ["a\nb", "a\\u000ab"],
    ["a\r\nb", "a\\u000d\\u000ab"],
    ["\u001b[31mred", "\\u001b[31mred"],
    ["x\u0085y", "x\\u0085y"],
    ["line\u2028sep", "line\\u2028sep"],
    ["evil\u202Efdp.exe", "evil\\u202efdp.exe"],
    ["\u2066isolate\u2069", "\\u2066isolate\\u2069"],
    ["nul\u0000", "nul\\u0000"],
  ])("writes %j as the visible %j", (raw, shown) => {
    expect(escapeForLog(raw)).toBe(shown);
  });

  it("cuts very long text and says how much was left out", () => {
    expect(escapeForLog("x".repeat(30), 10)).toBe("xxxxxxxxxx… (20 more)");
  });
});
