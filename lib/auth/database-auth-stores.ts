import "server-only";
import {
  deleteExpiredRevokedSessions,
  deleteExpiredSignInAttempts,
  deleteSignInAttempt,
  deleteSignInAttemptsOfKey,
  insertRevokedSession,
  insertSignInAttempt,
  isSessionRevoked,
  listSignInAttemptTimes,
} from "@/lib/db/queries";
import { createMemoryRevokedSessions, type RevokedSessions } from "./revoked-sessions";
import { createMemoryThrottleStore, type ThrottleStore } from "./throttle-store";

// The sign-in throttle and the sign-out deny-list in the console's database (PostgreSQL with
// DATABASE_URL: shared by every instance; PGlite otherwise). When the database does not answer,
// each falls back to this instance's memory and logs once, so sign-in keeps working during an outage.

/** Expired rows are deleted on about one write in this many. */
const PRUNE_EVERY = 50;

function onceLogger(what: string): (error: unknown) => void {
  let hasLogged = false;
  return (error) => {
    if (hasLogged) return;
    hasLogged = true;
    const reason = error instanceof Error ? error.message : "unknown error";
    console.error(`[auth] the database did not answer for the ${what} (${reason}); this instance counts on its own`);
  };
}

export function createDatabaseThrottleStore({ now = Date.now }: { now?: () => number } = {}): ThrottleStore {
  const fallback = createMemoryThrottleStore({ now });
  const logFailure = onceLogger("sign-in throttle");
  const memoryIds = new Set<string>();
  let writes = 0;

  async function orFallback<T>(query: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      logFailure(error);
      return local();
    }
  }

  return {
    async add(keys, at, expiresAt) {
      writes += 1;
      if (writes % PRUNE_EVERY === 0) await deleteExpiredSignInAttempts(new Date(now())).catch(logFailure);
      try {
        return await insertSignInAttempt(keys, new Date(at), new Date(expiresAt));
      } catch (error) {
        logFailure(error);
        const id = await fallback.add(keys, at, expiresAt);
        memoryIds.add(id);
        return id;
      }
    },
    async times(keys, since) {
      const local = await fallback.times(keys, since);
      const shared = await orFallback(
        () => listSignInAttemptTimes(keys, new Date(since)),
        async () => new Map<string, number[]>(),
      );
      // Attempts counted in memory during an outage still count.
      return new Map(
        keys.map((key) => [key, [...(shared.get(key) ?? []), ...(local.get(key) ?? [])].sort((a, b) => a - b)]),
      );
    },
    async remove(id, keys) {
      if (memoryIds.delete(id)) return fallback.remove(id, keys);
      await deleteSignInAttempt(id, keys).catch(logFailure);
    },
    async clear(key) {
      await fallback.clear(key);
      await deleteSignInAttemptsOfKey(key).catch(logFailure);
    },
  };
}

export function createDatabaseRevokedSessions({ now = Date.now }: { now?: () => number } = {}): RevokedSessions {
  // Every revocation is also kept here: this instance honours its own sign-outs even during an outage.
  const local = createMemoryRevokedSessions({ now });
  const logFailure = onceLogger("sign-out deny-list");
  let writes = 0;
  return {
    async revoke(id, until) {
      await local.revoke(id, until);
      writes += 1;
      if (writes % PRUNE_EVERY === 0) await deleteExpiredRevokedSessions(new Date(now())).catch(logFailure);
      await insertRevokedSession(id, new Date(until)).catch(logFailure);
    },
    async isRevoked(id) {
      if (await local.isRevoked(id)) return true;
      try {
        return await isSessionRevoked(id, new Date(now()));
      } catch (error) {
        // Open rather than closed: a database outage must not sign everyone out.
        logFailure(error);
        return false;
      }
    },
  };
}
