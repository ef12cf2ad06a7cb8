import { hkdfSync } from "node:crypto";
import { EncryptJWT } from "jose";
import { decode as nextAuthDecode, encode as nextAuthEncode, type JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken, hasPinnedHeader } from "./session-token";

const SECRET = "session-token-tests-secret-0123456789abcdef";
const HOUR = 60 * 60;

/** The key next-auth derives from the secret: whoever knows it could write a cookie in any algorithm. */
function derivedKey(): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", SECRET, "", "NextAuth.js Generated Encryption Key", 32));
}

async function craft(header: Record<string, string | number | undefined>, claims = { email: "ops@example.com" }) {
  const jwt = new EncryptJWT(claims).setProtectedHeader({ alg: "dir", enc: "A256GCM", ...header });
  if (header.alg?.toString().startsWith("PBES2")) jwt.setKeyManagementParameters({ p2c: Number(header.p2c ?? 10_000) });
  return jwt.setExpirationTime("1h").encrypt(derivedKey());
}

describe("the session token", () => {
  it("round-trips the console's claims", async () => {
    const token = await encodeSessionToken({ token: { email: "ops@example.com" }, secret: SECRET, maxAge: HOUR });
    await expect(decodeSessionToken({ token, secret: SECRET })).resolves.toMatchObject({ email: "ops@example.com" });
  });

  it("reads cookies next-auth itself wrote before this decoder, and next-auth reads ours", async () => {
    const theirs = await nextAuthEncode({ token: { email: "old@example.com" }, secret: SECRET, maxAge: HOUR });
    await expect(decodeSessionToken({ token: theirs, secret: SECRET })).resolves.toMatchObject({
      email: "old@example.com",
    });
    const ours = await encodeSessionToken({ token: { email: "new@example.com" }, secret: SECRET, maxAge: HOUR });
    await expect(nextAuthDecode({ token: ours, secret: SECRET })).resolves.toMatchObject({ email: "new@example.com" });
  });

  it("lives as long as the session, never 30 days, and never past the AlertSite token it carries", async () => {
    const now = Math.floor(Date.now() / 1000);
    const plain = await decodeSessionToken({
      token: await encodeSessionToken({ token: {}, secret: SECRET, maxAge: 55 * 60 }),
      secret: SECRET,
    });
    expect(Number(plain?.exp) - now).toBeGreaterThanOrEqual(55 * 60 - 2);
    expect(Number(plain?.exp) - now).toBeLessThanOrEqual(55 * 60 + 2);

    const alertSiteTokenExpiresAt = Date.now() + 10 * 60 * 1000;
    const bounded = await decodeSessionToken({
      token: await encodeSessionToken({ token: { alertSiteTokenExpiresAt }, secret: SECRET, maxAge: 55 * 60 }),
      secret: SECRET,
    });
    expect(bounded?.exp).toBe(Math.floor(alertSiteTokenExpiresAt / 1000));
  });

  it("refuses an expired token, a token for another secret, and junk", async () => {
    const expired = await encodeSessionToken({ token: {}, secret: SECRET, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret: SECRET })).resolves.toBeNull();
    const foreign = await encodeSessionToken({ token: {}, secret: `${SECRET}-other`, maxAge: HOUR });
    await expect(decodeSessionToken({ token: foreign, secret: SECRET })).resolves.toBeNull();
    for (const junk of ["", "a.b.c.d.e", "not a token", `${"x".repeat(20_000)}....`])
      await expect(decodeSessionToken({ token: junk, secret: SECRET })).resolves.toBeNull();
  });

  it.each([
    { alg: "PBES2-HS512+A256KW", enc: "A256GCM", p2c: 10_000 },
    { alg: "PBES2-HS256+A128KW", enc: "A128GCM", p2c: 2048 },
    { alg: "A256KW", enc: "A256GCM" },
    { alg: "dir", enc: "A256GCM", kid: "extra" },
  ])("refuses a cookie in any other encryption, even one made with the right key: %j", async (header) => {
    const crafted = await craft(header);
    expect(hasPinnedHeader(crafted)).toBe(false);
    await expect(decodeSessionToken({ token: crafted, secret: SECRET })).resolves.toBeNull();
  });

  it("proves the crafted PBES2 cookie is one next-auth's own decoder would have run and accepted", async () => {
    const crafted = await craft({ alg: "PBES2-HS512+A256KW", enc: "A256GCM", p2c: 10_000 });
    await expect(nextAuthDecode({ token: crafted, secret: SECRET })).resolves.toMatchObject({
      email: "ops@example.com",
    });
  });

  it("asks the sign-out deny-list only about cookies that decrypt, and honours its answer", async () => {
    const token = await encodeSessionToken({ token: { sid: "s-1" }, secret: SECRET, maxAge: HOUR });
    const asked: unknown[] = [];
    const isRevoked = async (claims: JWT) => (asked.push(claims.sid), claims.sid === "s-1");
    await expect(decodeSessionToken({ token, secret: SECRET }, isRevoked)).resolves.toBeNull();
    await expect(decodeSessionToken({ token: "junk", secret: SECRET }, isRevoked)).resolves.toBeNull();
    expect(asked).toEqual(["s-1"]);
  });
});
