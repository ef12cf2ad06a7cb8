import { describe, expect, it } from "vitest";
import { type ConsoleSession } from "@/lib/auth/session";
import { isViewOnlyMark, viewOnlyCookie } from "./view-only-cookie";

const SESSION: ConsoleSession = {
  email: "Viewer@example.com",
  alertSiteToken: "token-123",
  expiresAt: 1_900_000_000_000,
};

function valueOf(setCookie: string): string {
  return setCookie.split(";")[0]?.split("=").slice(1).join("=") ?? "";
}

describe("the view-only cookie", () => {
  it("marks the session it was set for, for as long as that session lasts, never holding the token", () => {
    const cookie = viewOnlyCookie(SESSION, SESSION.expiresAt - 60_000);
    expect(cookie).toMatch(/^console-view-only=[\w-]+\.1900000000000; Path=\/; Max-Age=60; HttpOnly; SameSite=Lax$/);
    expect(cookie).not.toContain(SESSION.alertSiteToken);
    expect(isViewOnlyMark(valueOf(cookie), SESSION)).toBe(true);
  });

  it("counts for nothing in another session, or when absent or made up", () => {
    const value = valueOf(viewOnlyCookie(SESSION));
    expect(isViewOnlyMark(value, { ...SESSION, expiresAt: SESSION.expiresAt + 1 })).toBe(false);
    expect(isViewOnlyMark(value, { ...SESSION, email: "admin@example.com" })).toBe(false);
    expect(isViewOnlyMark(undefined, SESSION)).toBe(false);
    expect(isViewOnlyMark("1", SESSION)).toBe(false);
  });
});
