import type { JWT, JWTDecodeParams } from "next-auth/jwt";
import { getAuthStores } from "./auth-stores";
import { sessionId } from "./revoked-sessions";
import { decodeSessionToken } from "./session-token";

async function isSignedOut(claims: JWT): Promise<boolean> {
  const id = sessionId(claims);
  return id !== undefined && (await getAuthStores().revokedSessions.isRevoked(id));
}

/** The session cookie's claims, or null when it is not a live session: junk, expired, or signed out. */
export function decodeLiveSession(params: JWTDecodeParams): Promise<JWT | null> {
  return decodeSessionToken(params, isSignedOut);
}
