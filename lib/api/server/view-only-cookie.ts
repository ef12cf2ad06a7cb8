import "server-only";
import { cookies } from "next/headers";
import { isServedOverHttps } from "@/lib/auth/secure-cookies";
import { type ConsoleSession, currentSession } from "@/lib/auth/session";

// Remembers, for one session, that AlertSite has said this user may only view monitors (a 403 on a
// write, or a list of monitors all marked View), so pages can say so before the user types. It is
// no secret and grants nothing: it can only take actions away, and only for the session it names.
const COOKIE = "console-view-only";

/**
 * Names the session (its user and its token's expiry), never the token itself; base64url so that
 * no cookie parser's decoding changes it.
 */
function sessionMark(session: ConsoleSession): string {
  return `${Buffer.from(session.email.toLowerCase()).toString("base64url")}.${session.expiresAt}`;
}

/** The Set-Cookie value that marks this session as view-only, for as long as the session lasts. */
export function viewOnlyCookie(session: ConsoleSession, now = Date.now()): string {
  const maxAge = Math.max(0, Math.ceil((session.expiresAt - now) / 1000));
  const secure = isServedOverHttps() ? "; Secure" : "";
  return `${COOKIE}=${sessionMark(session)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

/** Whether a cookie value marks this very session (a mark left by an earlier sign-in counts for nothing). */
export function isViewOnlyMark(value: string | undefined, session: ConsoleSession): boolean {
  return value === sessionMark(session);
}

/** For server components: whether the signed-in user's session is marked view-only. */
export async function isViewOnlySession(): Promise<boolean> {
  const session = await currentSession();
  if (!session) return false;
  return isViewOnlyMark((await cookies()).get(COOKIE)?.value, session);
}
