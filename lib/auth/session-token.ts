import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

/**
 * The session cookie's JWT, encrypted the one way the console writes it: `dir` key management with
 * A256GCM. next-auth's own decoder accepts any JWE algorithm jose knows, so a crafted cookie naming
 * PBES2 made every request run a 10,000-round PBKDF2 (SECURITY.md); this one looks at the header
 * first and refuses anything else before deriving or using a key.
 *
 * The key is derived exactly as next-auth derives it, so cookies from before this module stay valid.
 */

const PINNED_HEADER = { alg: "dir", enc: "A256GCM" } as const;
/** Seconds of clock difference tolerated between instances (next-auth's own value). */
const CLOCK_TOLERANCE_SECONDS = 15;
/** A cookie is a few hundred bytes; next-auth splits at 4 KiB, so anything far larger is not ours. */
const MAX_TOKEN_LENGTH = 16 * 1024;

const derivedKeys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt = ""): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = derivedKeys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    // Secrets change only with a restart or a rotation: a handful of entries at most.
    if (derivedKeys.size > 8) derivedKeys.clear();
    derivedKeys.set(id, key);
  }
  return key;
}

/** True when the compact JWE's protected header says exactly `dir` + `A256GCM` and nothing more. */
export function hasPinnedHeader(token: string): boolean {
  const parts = token.split(".");
  if (parts.length !== 5 || token.length > MAX_TOKEN_LENGTH) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0] ?? "", "base64url").toString("utf8"));
    if (typeof header !== "object" || header === null || Array.isArray(header)) return false;
    const entries = Object.entries(header);
    return (
      entries.length === 2 &&
      entries.every(
        ([name, value]) => name in PINNED_HEADER && PINNED_HEADER[name as keyof typeof PINNED_HEADER] === value,
      )
    );
  } catch {
    return false;
  }
}

/** The session's own claims; `exp` never later than the AlertSite token the session carries. */
export async function encodeSessionToken({ token = {}, secret, maxAge, salt }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const sessionEnd = now + (maxAge ?? 0);
  const tokenEnd =
    typeof token.alertSiteTokenExpiresAt === "number" ? Math.floor(token.alertSiteTokenExpiresAt / 1000) : sessionEnd;
  return new EncryptJWT({ ...token })
    .setProtectedHeader(PINNED_HEADER)
    .setIssuedAt(now)
    .setExpirationTime(Math.min(sessionEnd, tokenEnd))
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

/**
 * Null for anything that is not a live session cookie the console wrote. `isRevoked` (the sign-out
 * deny-list) is asked only after the cookie has been decrypted, so junk costs no store look-up.
 */
export async function decodeSessionToken(
  { token, secret, salt }: JWTDecodeParams,
  isRevoked?: (claims: JWT) => Promise<boolean>,
): Promise<JWT | null> {
  if (!token || !hasPinnedHeader(token)) return null;
  let claims: JWT;
  try {
    ({ payload: claims } = await jwtDecrypt(token, encryptionKey(secret, salt), {
      keyManagementAlgorithms: [PINNED_HEADER.alg],
      contentEncryptionAlgorithms: [PINNED_HEADER.enc],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch {
    // Wrong key, tampered, expired or malformed: all mean "no session".
    return null;
  }
  if (isRevoked && (await isRevoked(claims))) return null;
  return claims;
}
