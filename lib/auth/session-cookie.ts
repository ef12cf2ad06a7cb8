import "server-only";
import { getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { type NextRequest } from "next/server";
import { getAuthSecret } from "./secret";
import { sessionCookieName } from "./secure-cookies";
import { decodeSessionToken } from "./session-token";

export type ConsoleSession = {
  email: string;
  /** The user's AlertSite access token: server-side only, never serialised to the browser. */
  alertSiteToken: string;
  expiresAt: number;
};

/** Decrypts a request's session cookie with `decode`; null when absent, invalid or expired. */
export async function readSessionCookie(
  request: NextRequest,
  decode: (params: JWTDecodeParams) => Promise<JWT | null> = decodeSessionToken,
): Promise<ConsoleSession | null> {
  const jwt = await getToken({ req: request, secret: getAuthSecret(), cookieName: sessionCookieName(), decode });
  if (!jwt?.alertSiteToken || !jwt.email || !jwt.alertSiteTokenExpiresAt) return null;
  if (jwt.alertSiteTokenExpiresAt <= Date.now()) return null;
  return { email: jwt.email, alertSiteToken: jwt.alertSiteToken, expiresAt: jwt.alertSiteTokenExpiresAt };
}
