import { createMemoryThrottleStore, type ThrottleStore } from "./throttle-store";

/**
 * Slows, then (only where the client address is known) refuses, repeated failed sign-ins.
 *
 * Four budgets, each over its own sliding window:
 * - `instance`: every failed sign-in the console sees (across instances when the store is shared).
 *   Past its budget everyone's sign-in is slowed, so spraying many emails cannot reach AlertSite
 *   fast from the console's one address. Never refused: that would lock everybody out.
 * - `email`: slowed, never refused: a stranger typing someone's email must not lock them out.
 * - `email-address`: the same email from one client address: refused past its limit.
 * - `address`: one client address across emails: more room, since offices share addresses.
 *
 * An attempt counts as a failure from the moment it starts until it is settled as a success (or
 * as not counted), so a burst of parallel guesses is counted before any of them is answered.
 */

export type ThrottleLimits = {
  /** How long a failure counts. */
  windowMs: number;
  /** Failures within the window that cost nothing. */
  freeFailures: number;
  /** Failures within the window after which attempts are refused; Infinity: never refused, only slowed. */
  maxFailures: number;
  /** Delay of the first attempt past the free ones; doubles every `doublingEvery` further failures. */
  baseDelayMs: number;
  maxDelayMs: number;
  doublingEvery: number;
};

export type ThrottleKind = "instance" | "email" | "email-address" | "address";

const MINUTE = 60_000;

export const DEFAULT_LIMITS: Record<ThrottleKind, ThrottleLimits> = {
  instance: {
    windowMs: MINUTE,
    freeFailures: 30,
    maxFailures: Infinity,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    doublingEvery: 10,
  },
  email: {
    windowMs: 15 * MINUTE,
    freeFailures: 5,
    maxFailures: Infinity,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    doublingEvery: 1,
  },
  "email-address": {
    windowMs: 15 * MINUTE,
    freeFailures: 5,
    maxFailures: 10,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    doublingEvery: 1,
  },
  address: {
    windowMs: 15 * MINUTE,
    freeFailures: 20,
    maxFailures: 50,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    doublingEvery: 1,
  },
};

export type ThrottleKey = { kind: ThrottleKind; value: string };

/** The keys of one sign-in: the instance, the email, and with a known address the address and the pair. */
export function signInKeys(email: string, address: string | undefined): ThrottleKey[] {
  const keys: ThrottleKey[] = [
    { kind: "instance", value: "all" },
    { kind: "email", value: email.toLowerCase() },
  ];
  if (address) {
    keys.push({ kind: "email-address", value: `${email.toLowerCase()} ${address}` });
    keys.push({ kind: "address", value: address });
  }
  return keys;
}

export type Outcome = "success" | "failure" | "not-counted";

export type ThrottleDecision =
  | { isAllowed: true; delayMs: number; settle: (outcome: Outcome) => Promise<void> }
  | { isAllowed: false; kind: ThrottleKind; retryAfterMs: number };

export type SignInThrottle = { begin(keys: readonly ThrottleKey[]): Promise<ThrottleDecision> };

type ThrottleOptions = {
  store?: ThrottleStore;
  now?: () => number;
  limits?: Record<ThrottleKind, ThrottleLimits>;
};

const storeKey = (key: ThrottleKey) => `${key.kind}:${key.value}`;

function delayFor(limit: ThrottleLimits, earlier: number): number {
  if (earlier < limit.freeFailures) return 0;
  const doublings = Math.floor((earlier - limit.freeFailures) / limit.doublingEvery);
  return Math.min(limit.baseDelayMs * 2 ** Math.min(doublings, 30), limit.maxDelayMs);
}

export function createSignInThrottle({
  now = Date.now,
  store = createMemoryThrottleStore({ now }),
  limits = DEFAULT_LIMITS,
}: ThrottleOptions = {}): SignInThrottle {
  const longestWindow = Math.max(...Object.values(limits).map((limit) => limit.windowMs));

  return {
    async begin(keys) {
      const at = now();
      const names = keys.map(storeKey);
      // Recorded before counting, so parallel attempts always see each other.
      const id = await store.add(names, at, at + longestWindow);
      const times = await store.times(names, at - longestWindow);

      let delayMs = 0;
      for (const key of keys) {
        const limit = limits[key.kind];
        const counted = (times.get(storeKey(key)) ?? []).filter((time) => time > at - limit.windowMs);
        // Every attempt but this one.
        const earlier = [...counted];
        earlier.splice(earlier.lastIndexOf(at), 1);
        if (earlier.length >= limit.maxFailures) {
          await store.remove(id, names);
          const freesUpAt = (earlier[earlier.length - limit.maxFailures] ?? at) + limit.windowMs;
          return { isAllowed: false, kind: key.kind, retryAfterMs: Math.max(0, freesUpAt - at) };
        }
        delayMs = Math.max(delayMs, delayFor(limit, earlier.length));
      }

      let isSettled = false;
      return {
        isAllowed: true,
        delayMs,
        async settle(outcome) {
          if (isSettled || outcome === "failure") return;
          isSettled = true;
          await store.remove(id, names);
          if (outcome !== "success") return;
          // Whoever knows the password is not guessing it: the email's record is wiped.
          for (const key of keys)
            if (key.kind === "email" || key.kind === "email-address") await store.clear(storeKey(key));
        },
      };
    },
  };
}

function minutes(ms: number): string {
  const count = Math.max(1, Math.ceil(ms / MINUTE));
  return count === 1 ? "1 minute" : `${count} minutes`;
}

export function refusalMessage(kind: ThrottleKind, retryAfterMs: number): string {
  const whose = kind === "address" ? "from your network address" : "for this email";
  return `Too many failed sign-ins ${whose}. Try again in ${minutes(retryAfterMs)}.`;
}
