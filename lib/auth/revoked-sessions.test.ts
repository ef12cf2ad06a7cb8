import { describe, expect, it } from "vitest";
import { createMemoryRevokedSessions, sessionEnd, sessionId } from "./revoked-sessions";

describe("the in-memory deny-list", () => {
  it("refuses a revoked id until its end, then forgets it", async () => {
    let time = 1_000;
    const list = createMemoryRevokedSessions({ now: () => time });
    await list.revoke("s-1", 5_000);
    expect(await list.isRevoked("s-1")).toBe(true);
    expect(await list.isRevoked("s-2")).toBe(false);
    time = 5_001;
    expect(await list.isRevoked("s-1")).toBe(false);
  });
});

describe("a session's id and end", () => {
  it("uses sid, else the token's jti", () => {
    expect(sessionId({ sid: "s-1", jti: "j-1" })).toBe("s-1");
    expect(sessionId({ jti: "j-1" })).toBe("j-1");
    expect(sessionId({})).toBeUndefined();
  });

  it("lasts until the later of the cookie's expiry and the AlertSite token's, plus the clock tolerance", () => {
    expect(sessionEnd({ exp: 100, alertSiteTokenExpiresAt: 50_000 })).toBe(115_000);
    expect(sessionEnd({ exp: 100, alertSiteTokenExpiresAt: 200_000 })).toBe(215_000);
  });
});
