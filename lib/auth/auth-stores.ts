import "server-only";
import { createDatabaseRevokedSessions, createDatabaseThrottleStore } from "./database-auth-stores";
import { type RevokedSessions } from "./revoked-sessions";
import { type ThrottleStore } from "./throttle-store";

export type AuthStores = { throttle: ThrottleStore; revokedSessions: RevokedSessions };

// One per server process, on globalThis so that every module graph (route handlers, pages) shares it.
const holder = globalThis as typeof globalThis & { consoleAuthStores?: AuthStores };

/**
 * The sign-in throttle's attempts and the sign-out deny-list, in the console's database: with
 * DATABASE_URL every instance shares the budget and honours every sign-out.
 */
export function getAuthStores(): AuthStores {
  holder.consoleAuthStores ??= {
    throttle: createDatabaseThrottleStore(),
    revokedSessions: createDatabaseRevokedSessions(),
  };
  return holder.consoleAuthStores;
}
