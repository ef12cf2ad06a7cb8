import "next-auth";
import "next-auth/jwt";

// The AlertSite token travels from `authorize` to the encrypted session cookie (the JWT), and
// nowhere else: the session object served to the browser never carries it.
declare module "next-auth" {
  interface User {
    alertSiteToken?: string;
    alertSiteTokenExpiresAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    alertSiteToken?: string;
    /** The session's id, set at sign-in: what a sign-out revokes (lib/auth/revoked-sessions.ts). */
    sid?: string;
    /** Epoch milliseconds after which AlertSite will refuse the token. */
    alertSiteTokenExpiresAt?: number;
  }
}
