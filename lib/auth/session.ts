import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { NextRequest } from "next/server";
import { getAuthSecret } from "./secret";
import { sessionCookieName } from "./secure-cookies";
import { decodeLiveSession } from "./session-decoder";

export type ConsoleSession = {
  email: string;
  /** The user's AlertSite access token: server-side only, never serialised to the browser. */
  alertSiteToken: string;
  expiresAt: number;
};

/** Reads and decrypts the session cookie of a request; null when absent, invalid or expired. */
export async function sessionFromRequest(request: NextRequest): Promise<ConsoleSession | null> {
  const jwt = await getToken({
    req: request,
    secret: getAuthSecret(),
    cookieName: sessionCookieName(),
    decode: decodeLiveSession,
  });
  if (!jwt?.alertSiteToken || !jwt.email || !jwt.alertSiteTokenExpiresAt) return null;
  if (jwt.alertSiteTokenExpiresAt <= Date.now()) return null;
  return { email: jwt.email, alertSiteToken: jwt.alertSiteToken, expiresAt: jwt.alertSiteTokenExpiresAt };
}

/** The same, for server components, which see the request only through `headers()`. */
export async function currentSession(): Promise<ConsoleSession | null> {
  const request = new NextRequest("http://console.internal/", { headers: await headers() });
  return sessionFromRequest(request);
}
