import "server-only";
import { headers } from "next/headers";
import { NextRequest } from "next/server";
import { type ConsoleSession, readSessionCookie } from "./session-cookie";
import { decodeLiveSession } from "./session-decoder";

export { type ConsoleSession } from "./session-cookie";

/** The request's session: null when the cookie is absent, invalid, expired or signed out. */
export function sessionFromRequest(request: NextRequest): Promise<ConsoleSession | null> {
  return readSessionCookie(request, decodeLiveSession);
}

/** The same, for server components, which see the request only through `headers()`. */
export async function currentSession(): Promise<ConsoleSession | null> {
  const request = new NextRequest("http://console.internal/", { headers: await headers() });
  return sessionFromRequest(request);
}
