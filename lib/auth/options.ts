import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getAlertSite, isAlertSiteError } from "@/lib/alertsite";
import { credentialsSchema } from "./credentials";
import { getAuthSecret } from "./secret";

/** AlertSite tokens live one hour; the console's session never outlives the token it holds. */
export const TOKEN_LIFETIME_SECONDS = 60 * 60;
export const SESSION_MAX_AGE_SECONDS = 55 * 60;

const SIGN_IN_FAILED = "Sign-in failed. Check your AlertSite email and password and try again.";

export function tokenExpiry(expiresInSeconds: number | undefined, now = Date.now()): number {
  const lifetime = Math.min(expiresInSeconds ?? TOKEN_LIFETIME_SECONDS, TOKEN_LIFETIME_SECONDS);
  return now + lifetime * 1000;
}

export function buildAuthOptions(): AuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "AlertSite",
        credentials: {
          email: { label: "AlertSite email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? SIGN_IN_FAILED);
          const { email, password } = parsed.data;
          try {
            const { accessToken, expiresInSeconds } = await getAlertSite().signIn({ username: email, password });
            return {
              id: email,
              email,
              alertSiteToken: accessToken,
              alertSiteTokenExpiresAt: tokenExpiry(expiresInSeconds),
            };
          } catch (error) {
            // next-auth hands this message to the sign-in form; it is AlertSite's own wording.
            if (isAlertSiteError(error)) throw new Error(error.errors.map((e) => e.message).join(" "));
            throw new Error(SIGN_IN_FAILED);
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
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
