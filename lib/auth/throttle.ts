/**
 * Slows, then refuses, repeated failed sign-ins per key (an email, a client address). Pure and in
 * memory: every instance behind a load balancer counts on its own (see SECURITY.md).
 *
 * An attempt counts as a failure from the moment it starts until it is settled as a success, so a
 * burst of parallel guesses is counted before any of them is answered. Successful sign-ins never
 * count, so people who type their password right are never slowed.
 */

export type ThrottleLimits = {
  /** How long a failure counts. */
  windowMs: number;
  /** Failures within the window that cost nothing. */
  freeFailures: number;
  /** Failures within the window after which attempts are refused. */
  maxFailures: number;
  /** Delay before the attempt after the free ones; doubles with every further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
};

export type ThrottleKind = "email" | "address";

export const DEFAULT_LIMITS: Record<ThrottleKind, ThrottleLimits> = {
  email: { windowMs: 15 * 60 * 1000, freeFailures: 5, maxFailures: 10, baseDelayMs: 500, maxDelayMs: 8000 },
  // Offices share one address behind NAT, so an address gets more room than one email.
  address: { windowMs: 15 * 60 * 1000, freeFailures: 20, maxFailures: 50, baseDelayMs: 500, maxDelayMs: 8000 },
};

export type ThrottleKey = { kind: ThrottleKind; value: string };

export type Outcome = "success" | "failure" | "not-counted";

export type ThrottleDecision =
  | { isAllowed: true; delayMs: number; settle: (outcome: Outcome) => void }
  | { isAllowed: false; kind: ThrottleKind; retryAfterMs: number };

export type SignInThrottle = { begin(keys: readonly ThrottleKey[]): ThrottleDecision };

type ThrottleOptions = {
  now?: () => number;
  limits?: Record<ThrottleKind, ThrottleLimits>;
  /** Most keys remembered; past it the least recently failed are forgotten. */
  maxKeys?: number;
};

export function createSignInThrottle({
  now = Date.now,
  limits = DEFAULT_LIMITS,
  maxKeys = 50_000,
}: ThrottleOptions = {}): SignInThrottle {
  const failures = new Map<string, number[]>();
  const mapKey = (key: ThrottleKey) => `${key.kind}:${key.value}`;

  /** Failure times still inside the window, oldest first. */
  function recent(key: ThrottleKey, at: number): number[] {
    const cutoff = at - limits[key.kind].windowMs;
    const kept = (failures.get(mapKey(key)) ?? []).filter((time) => time > cutoff);
    if (kept.length === 0) failures.delete(mapKey(key));
    else failures.set(mapKey(key), kept);
    return kept;
  }

  function remember(key: ThrottleKey, times: number[]): void {
    const name = mapKey(key);
    // Re-inserting moves the key to the end, so the oldest entries are the first to be forgotten.
    failures.delete(name);
    if (times.length > 0) failures.set(name, times);
    for (const oldest of failures.keys()) {
      if (failures.size <= maxKeys) break;
      failures.delete(oldest);
    }
  }

  return {
    begin(keys) {
      const at = now();
      let delayMs = 0;
      for (const key of keys) {
        const limit = limits[key.kind];
        const times = recent(key, at);
        if (times.length >= limit.maxFailures) {
          const freesUpAt = (times[times.length - limit.maxFailures] ?? at) + limit.windowMs;
          return { isAllowed: false, kind: key.kind, retryAfterMs: Math.max(0, freesUpAt - at) };
        }
        if (times.length >= limit.freeFailures) {
          const delay = limit.baseDelayMs * 2 ** (times.length - limit.freeFailures);
          delayMs = Math.max(delayMs, Math.min(delay, limit.maxDelayMs));
        }
      }
      for (const key of keys) remember(key, [...recent(key, at), at]);

      let isSettled = false;
      return {
        isAllowed: true,
        delayMs,
        settle(outcome) {
          if (isSettled || outcome === "failure") return;
          isSettled = true;
          for (const key of keys) {
            // A success wipes the email's record: whoever knows the password is not guessing it.
            if (outcome === "success" && key.kind === "email") remember(key, []);
            else remember(key, withoutOne(recent(key, now()), at));
          }
        },
      };
    },
  };
}

function withoutOne(times: readonly number[], time: number): number[] {
  const index = times.lastIndexOf(time);
  return index === -1 ? [...times] : [...times.slice(0, index), ...times.slice(index + 1)];
}

function minutes(ms: number): string {
  const count = Math.max(1, Math.ceil(ms / 60_000));
  return count === 1 ? "1 minute" : `${count} minutes`;
}

export function refusalMessage(kind: ThrottleKind, retryAfterMs: number): string {
  const whose = kind === "email" ? "for this email" : "from your network address";
  return `Too many failed sign-ins ${whose}. Try again in ${minutes(retryAfterMs)}.`;
}
