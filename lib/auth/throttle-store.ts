/**
 * Where the sign-in throttle keeps its attempts: one row per attempt, per key, with the time it was
 * made. In memory for one instance (this file); in the database when instances share one
 * (lib/auth/database-auth-stores.ts), so every instance counts the same attempts.
 */
export type ThrottleStore = {
  /** Records an attempt under each key at `at`; returns its id, to settle it later. Rows may be dropped after `expiresAt`. */
  add(keys: readonly string[], at: number, expiresAt: number): Promise<string>;
  /** For each key, the times of its attempts after `since`, oldest first. */
  times(keys: readonly string[], since: number): Promise<Map<string, number[]>>;
  /** Forgets one attempt under the given keys (it succeeded, or AlertSite could not judge it). */
  remove(id: string, keys: readonly string[]): Promise<void>;
  /** Forgets every attempt under a key (a success wipes what was counted against an email). */
  clear(key: string): Promise<void>;
};

type Row = { id: string; at: number; expiresAt: number };

/** One instance's attempts, in memory, with at most `maxKeys` keys (the least recently used are forgotten). */
export function createMemoryThrottleStore({
  maxKeys = 50_000,
  now = Date.now,
}: { maxKeys?: number; now?: () => number } = {}): ThrottleStore {
  const rows = new Map<string, Row[]>();
  let nextId = 0;

  function live(key: string): Row[] {
    const at = now();
    const kept = (rows.get(key) ?? []).filter((row) => row.expiresAt > at);
    rows.delete(key);
    // Re-inserting moves the key to the end, so the oldest keys are the first to be forgotten.
    if (kept.length > 0) rows.set(key, kept);
    return kept;
  }

  return {
    async add(keys, at, expiresAt) {
      nextId += 1;
      const id = String(nextId);
      for (const key of keys) rows.set(key, [...live(key), { id, at, expiresAt }]);
      for (const oldest of rows.keys()) {
        if (rows.size <= maxKeys) break;
        rows.delete(oldest);
      }
      return id;
    },
    async times(keys, since) {
      return new Map(
        keys.map((key) => [key, (rows.get(key) ?? []).filter((row) => row.at > since).map((row) => row.at)]),
      );
    },
    async remove(id, keys) {
      for (const key of keys) {
        const kept = (rows.get(key) ?? []).filter((row) => row.id !== id);
        if (kept.length > 0) rows.set(key, kept);
        else rows.delete(key);
      }
    },
    async clear(key) {
      rows.delete(key);
    },
  };
}
