import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getAlertSite } from "@/lib/alertsite";
import { getConfig } from "@/lib/config";
import { safeReturnPathOn } from "@/lib/safe-return-url";
import { createAuthLogger } from "./auth-logger";
import { authorizeSignIn } from "./authorize";
import { getAuthSecret } from "./secret";
import { isServedOverHttps, sessionCookieName } from "./secure-cookies";
import { randomUUID } from "node:crypto";
import { getAuthStores } from "./auth-stores";
import { sessionEnd, sessionId } from "./revoked-sessions";
import { decodeLiveSession } from "./session-decoder";
import { encodeSessionToken } from "./session-token";
import { createSignInThrottle } from "./throttle";

export { TOKEN_LIFETIME_SECONDS, tokenExpiry } from "./authorize";

export const SESSION_MAX_AGE_SECONDS = 55 * 60;

const authLogger = createAuthLogger();

/**
 * next-auth's return addresses (`callbackUrl` on /api/auth/signin, /api/auth/signout and the
 * credentials callback) stay on this site; anything else lands on the monitor list.
 */
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const origin = new URL(baseUrl).origin;
  return `${origin}${safeReturnPathOn(url, origin)}`;
}

export function buildAuthOptions(): AuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // next-auth's JWT lifetime defaults to 30 days whatever the session's: the token ends with the session.
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS, encode: encodeSessionToken, decode: decodeLiveSession },
    // Explicit rather than guessed from the request: behind a TLS-terminating proxy the request is http.
    useSecureCookies: isServedOverHttps(),
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: isServedOverHttps() },
      },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: authLogger,
    providers: [
      CredentialsProvider({
        name: "AlertSite",
        credentials: {
          email: { label: "AlertSite email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (raw, request) =>
          authorizeSignIn(raw, request.headers, {
            signIn: (credentials) => getAlertSite().signIn(credentials),
            // The counts live in the store (getAuthStores), not in this object: options are rebuilt per request.
            throttle: createSignInThrottle({ store: getAuthStores().throttle }),
            trustedProxyHops: getConfig().trustedProxyHops,
          }),
      }),
    ],
    events: {
      // A copy of the cookie must not outlive the sign-out: its session id is refused until it would have expired.
      async signOut({ token }) {
        const id = token ? sessionId(token) : undefined;
        if (token && id) await getAuthStores().revokedSessions.revoke(id, sessionEnd(token));
      },
    },
    callbacks: {
      redirect: sameSiteRedirect,
      jwt({ token, user }) {
        if (user) {
          // The id a sign-out revokes: kept when next-auth re-issues the cookie, unlike its `jti`.
          token.sid = randomUUID();
          token.alertSiteToken = user.alertSiteToken;
          token.alertSiteTokenExpiresAt = user.alertSiteTokenExpiresAt;
        }
        return token;
      },
      // Deliberately rebuilt from scratch: /api/auth/session is readable by browser JavaScript.
      session({ session, token }) {
        return { expires: session.expires, user: { email: token.email ?? null } };
      },
    },
  };
}
