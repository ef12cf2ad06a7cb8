import type { JWT } from "next-auth/jwt";

/**
 * Session ids signed out before their cookie expired. A copy of a signed-out cookie must not work:
 * every decode asks this list. In memory for one instance (this file); in the database when
 * instances share one (lib/auth/database-auth-stores.ts), so every instance honours a sign-out.
 */
export type RevokedSessions = {
  /** Refuses the session `id` until `until` (epoch ms), when its cookie would have expired anyway. */
  revoke(id: string, until: number): Promise<void>;
  isRevoked(id: string): Promise<boolean>;
};

export function createMemoryRevokedSessions({
  now = Date.now,
  maxEntries = 100_000,
}: { now?: () => number; maxEntries?: number } = {}): RevokedSessions {
  const revoked = new Map<string, number>();
  return {
    async revoke(id, until) {
      revoked.set(id, until);
      if (revoked.size <= maxEntries) return;
      const at = now();
      for (const [entry, expires] of revoked) if (expires <= at) revoked.delete(entry);
    },
    async isRevoked(id) {
      const until = revoked.get(id);
      if (until === undefined) return false;
      if (until > now()) return true;
      revoked.delete(id);
      return false;
    },
  };
}

/** Seconds of clock difference between instances the token check tolerates (session-token.ts). */
const TOLERANCE_MS = 15_000;

/** The id a session is revoked under: `sid`, set once at sign-in and kept when the cookie is re-issued. */
export function sessionId(claims: JWT): string | undefined {
  if (typeof claims.sid === "string") return claims.sid;
  return typeof claims.jti === "string" ? claims.jti : undefined;
}

/** The latest moment any copy of this session could still be accepted. */
export function sessionEnd(claims: JWT): number {
  const cookieEnd = typeof claims.exp === "number" ? claims.exp * 1000 : 0;
  const tokenEnd = typeof claims.alertSiteTokenExpiresAt === "number" ? claims.alertSiteTokenExpiresAt : 0;
  return Math.max(cookieEnd, tokenEnd) + TOLERANCE_MS;
}
