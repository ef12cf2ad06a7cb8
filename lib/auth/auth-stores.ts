import { createMemoryRevokedSessions, type RevokedSessions } from "./revoked-sessions";
import { createMemoryThrottleStore, type ThrottleStore } from "./throttle-store";

export type AuthStores = { throttle: ThrottleStore; revokedSessions: RevokedSessions };

// One per server process, on globalThis so that every module graph (route handlers, proxy) shares it.
const holder = globalThis as typeof globalThis & { consoleAuthStores?: AuthStores };

/** The sign-in throttle's attempts and the sign-out deny-list of this server. */
export function getAuthStores(): AuthStores {
  holder.consoleAuthStores ??= {
    throttle: createMemoryThrottleStore(),
    revokedSessions: createMemoryRevokedSessions(),
  };
  return holder.consoleAuthStores;
}
