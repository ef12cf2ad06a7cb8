import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/lib/db";
import { revokedSession, signInAttempt } from "@/lib/db/schema";
import { DATABASE_OPEN_TIMEOUT_MS } from "@/lib/db/testing/with-test-database";
import { createDatabaseRevokedSessions, createDatabaseThrottleStore } from "./database-auth-stores";
import { describeThrottle } from "./testing/throttle-suite";
import { createSignInThrottle, signInKeys } from "./throttle";

// On embedded PGlite, in memory (vitest.config.mts); the same queries run on PostgreSQL with DATABASE_URL.

beforeAll(async () => void (await getDb()), DATABASE_OPEN_TIMEOUT_MS);
beforeEach(async () => {
  const db = await getDb();
  await db.delete(signInAttempt);
  await db.delete(revokedSession);
});
afterAll(() => closeDb());

describeThrottle("in the database", (now) => createDatabaseThrottleStore({ now }));

describe("several instances on one database", () => {
  it("share the failed sign-in budget: what one instance counted slows the other", async () => {
    const first = createSignInThrottle({ store: createDatabaseThrottleStore() });
    const second = createSignInThrottle({ store: createDatabaseThrottleStore() });
    for (let i = 0; i < 30; i += 1) {
      const decision = await first.begin(signInKeys(`spray${i}@example.com`, undefined));
      if (decision.isAllowed) await decision.settle("failure");
    }
    expect(await second.begin(signInKeys("innocent@example.com", undefined))).toMatchObject({
      isAllowed: true,
      delayMs: 1000,
    });
  });

  it("honour a sign-out made on another instance, until the session would have expired", async () => {
    let time = Date.now();
    const where = createDatabaseRevokedSessions({ now: () => time });
    const elsewhere = createDatabaseRevokedSessions({ now: () => time });
    await where.revoke("session-1", time + 60_000);
    expect(await elsewhere.isRevoked("session-1")).toBe(true);
    expect(await elsewhere.isRevoked("session-2")).toBe(false);
    time += 60_001;
    expect(await elsewhere.isRevoked("session-1")).toBe(false);
  });
});

describe("when the database does not answer", () => {
  it("this instance still throttles and honours its own sign-outs, and says so once in the log", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const store = createDatabaseThrottleStore();
    const revoked = createDatabaseRevokedSessions();
    await closeDb();
    const previous = process.env.DATABASE_URL;
    // A PostgreSQL nobody listens on: every query fails fast.
    process.env.DATABASE_URL = "postgres://nobody@127.0.0.1:9/none";
    const { resetConfigForTests } = await import("@/lib/config");
    resetConfigForTests();
    try {
      const throttle = createSignInThrottle({ store });
      const delays: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const decision = await throttle.begin(signInKeys("guess@example.com", undefined));
        if (decision.isAllowed) {
          delays.push(decision.delayMs);
          await decision.settle("failure");
        }
      }
      expect(delays).toEqual([0, 0, 0, 0, 0, 500, 1000]);
      await revoked.revoke("session-9", Date.now() + 60_000);
      expect(await revoked.isRevoked("session-9")).toBe(true);
      expect(error.mock.calls.map(([line]) => String(line))).toEqual([
        expect.stringContaining("[auth] the database did not answer for the sign-in throttle"),
        expect.stringContaining("[auth] the database did not answer for the sign-out deny-list"),
      ]);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
      resetConfigForTests();
      await closeDb();
      error.mockRestore();
    }
  }, 60_000);
});
