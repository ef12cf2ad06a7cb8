import { describe, expect, it } from "vitest";
import { safeReturnPath, safeReturnPathOn, signInPath } from "./safe-return-url";

describe("safeReturnPath", () => {
  it.each([
    ["/monitors", "/monitors"],
    ["/monitors/new?name=Billing&email=a%40example.com", "/monitors/new?name=Billing&email=a%40example.com"],
    ["/monitors/123/edit#schedule", "/monitors/123/edit#schedule"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example",
    "http://evil.example/monitors",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "%2F%2Fevil.example",
    "/\tevil",
    "/\u0000",
    "monitors",
    "",
    "data:text/html,hi",
  ])("falls back for %j", (input) => {
    expect(safeReturnPath(input)).toBe("/monitors");
  });

  it("falls back for values that are not strings", () => {
    expect(safeReturnPath(undefined)).toBe("/monitors");
    expect(safeReturnPath(["/monitors/new"])).toBe("/monitors");
    expect(safeReturnPath(42, "/elsewhere")).toBe("/elsewhere");
  });

  it("builds a sign-in link that carries the return path", () => {
    expect(signInPath("/monitors/new?name=x")).toBe("/sign-in?callbackUrl=%2Fmonitors%2Fnew%3Fname%3Dx");
    expect(signInPath("https://evil.example")).toBe("/sign-in?callbackUrl=%2Fmonitors");
  });
});

describe("safeReturnPathOn", () => {
  const origin = "https://console.example";

  it("reads an absolute URL on the console's own origin as its path", () => {
    expect(safeReturnPathOn("https://console.example/monitors/new?name=x#top", origin)).toBe(
      "/monitors/new?name=x#top",
    );
  });

  it.each([
    "https://evil.example/monitors",
    "https://console.example.evil.example/",
    "https://console.example@evil.example/",
    "http://console.example/monitors",
    "https://console.example//evil.example",
    "https://console.example/%2F%2Fevil.example",
    "javascript:alert(1)",
    "//evil.example",
  ])("falls back for %j", (value) => {
    expect(safeReturnPathOn(value, origin)).toBe("/monitors");
  });

  it("treats relative paths as safeReturnPath does", () => {
    expect(safeReturnPathOn("/monitors/1/edit", origin)).toBe("/monitors/1/edit");
    expect(safeReturnPathOn("/monitors/1/edit", "")).toBe("/monitors/1/edit");
    expect(safeReturnPathOn("https://console.example/monitors", "")).toBe("/monitors");
  });
});
