import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

import { DEMO_USERS, WRITE_ROLES, type DemoUser } from "./demo-users";

// Expired tokens are remembered a while longer so their callers hear "expired", not "invalid".
const EXPIRED_TOKEN_MEMORY_MS = 24 * 60 * 60 * 1000;

type Session = { user: DemoUser; expiresAt: number };

export type Authentication = { ok: true; user: DemoUser } | { ok: false; message: string };

export const AUTHENTICATION_FAILED = "invalid_request - User authentication failed.";
export const TOKEN_MISSING =
  "invalid_token - No access token was sent. Sign in and send 'Authorization: Bearer <access_token>'.";
export const TOKEN_INVALID = "invalid_token - The access token is missing or invalid. Sign in again.";
export const TOKEN_EXPIRED = "invalid_token - The access token has expired. Sign in again.";

function sameSecret(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, which timingSafeEqual needs.
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function canChangeMonitors(user: DemoUser): boolean {
  return WRITE_ROLES.includes(user.role);
}

/** Issues opaque bearer tokens for the demo users and checks them on later calls. */
export class TokenIssuer {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly users: readonly DemoUser[] = DEMO_USERS,
  ) {}

  /** A new token, or undefined when the login is wrong. */
  signIn(username: unknown, password: unknown): string | undefined {
    if (typeof username !== "string" || typeof password !== "string") return undefined;
    const user = this.users.find((candidate) => candidate.email === username.trim().toLowerCase());
    if (!user || !sameSecret(password, user.password)) return undefined;
    this.forgetOldTokens();
    const token = randomBytes(32).toString("base64url");
    this.sessions.set(token, { user, expiresAt: this.now() + this.ttlMs });
    return token;
  }

  authenticate(authorization: string | undefined): Authentication {
    const token = /^bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
    if (authorization === undefined || authorization.trim() === "") return { ok: false, message: TOKEN_MISSING };
    const session = token === undefined ? undefined : this.sessions.get(token);
    if (!session) return { ok: false, message: TOKEN_INVALID };
    if (this.now() >= session.expiresAt) return { ok: false, message: TOKEN_EXPIRED };
    return { ok: true, user: session.user };
  }

  /** Test control: the given token (or every token issued so far) answers 401 from now on, as after an hour. */
  expire(token?: string): void {
    const now = this.now();
    const sessions = token === undefined ? [...this.sessions.values()] : [this.sessions.get(token)];
    for (const session of sessions) if (session) session.expiresAt = Math.min(session.expiresAt, now);
  }

  private forgetOldTokens(): void {
    const cutoff = this.now() - EXPIRED_TOKEN_MEMORY_MS;
    for (const [token, session] of this.sessions) {
      if (session.expiresAt < cutoff) this.sessions.delete(token);
    }
  }
}
