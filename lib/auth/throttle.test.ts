import { describe, expect, it } from "vitest";
import {
  createSignInThrottle,
  refusalMessage,
  type SignInThrottle,
  type ThrottleDecision,
  type ThrottleKey,
} from "./throttle";

const MINUTE = 60_000;
const EMAIL: ThrottleKey = { kind: "email", value: "guess@example.com" };
const ADDRESS: ThrottleKey = { kind: "address", value: "203.0.113.9" };

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

function allowed(decision: ThrottleDecision) {
  if (!decision.isAllowed) throw new Error(`refused: ${decision.kind} for ${decision.retryAfterMs} ms`);
  return decision;
}

function fail(throttle: SignInThrottle, keys: readonly ThrottleKey[], times: number): number[] {
  const delays: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const decision = allowed(throttle.begin(keys));
    delays.push(decision.delayMs);
    decision.settle("failure");
  }
  return delays;
}

describe("sign-in throttle", () => {
  it("lets 5 failures for one email through freely, then doubles a delay, then refuses after 10", () => {
    const time = clock();
    const throttle = createSignInThrottle({ now: time.now });

    expect(fail(throttle, [EMAIL], 10)).toEqual([0, 0, 0, 0, 0, 500, 1000, 2000, 4000, 8000]);

    const refused = throttle.begin([EMAIL]);
    expect(refused).toEqual({ isAllowed: false, kind: "email", retryAfterMs: 15 * MINUTE });
  });

  it("refuses until the oldest counted failure leaves the 15-minute window", () => {
    const time = clock();
    const throttle = createSignInThrottle({ now: time.now });
    fail(throttle, [EMAIL], 1);
    time.advance(5 * MINUTE);
    fail(throttle, [EMAIL], 9);

    time.advance(9 * MINUTE);
    const refused = throttle.begin([EMAIL]);
    expect(refused.isAllowed).toBe(false);
    if (!refused.isAllowed)
      expect(refusalMessage(refused.kind, refused.retryAfterMs)).toBe(
        "Too many failed sign-ins for this email. Try again in 1 minute.",
      );

    time.advance(1 * MINUTE + 1);
    expect(throttle.begin([EMAIL]).isAllowed).toBe(true);
  });

  it("never counts successes: a thousand good sign-ins are never slowed", () => {
    const throttle = createSignInThrottle({ now: clock().now });
    for (let i = 0; i < 1000; i += 1) {
      const decision = allowed(throttle.begin([EMAIL]));
      expect(decision.delayMs).toBe(0);
      decision.settle("success");
    }
  });

  it("a success wipes the email's failures", () => {
    const throttle = createSignInThrottle({ now: clock().now });
    fail(throttle, [EMAIL], 9);
    allowed(throttle.begin([EMAIL])).settle("success");
    expect(fail(throttle, [EMAIL], 5)).toEqual([0, 0, 0, 0, 0]);
  });

  it("counts attempts still in flight, so a burst of parallel guesses cannot slip past the limit", () => {
    const throttle = createSignInThrottle({ now: clock().now });
    const inFlight = Array.from({ length: 10 }, () => allowed(throttle.begin([EMAIL])));
    expect(throttle.begin([EMAIL]).isAllowed).toBe(false);
    for (const attempt of inFlight) attempt.settle("failure");
    expect(throttle.begin([EMAIL]).isAllowed).toBe(false);
  });

  it("an attempt AlertSite could not judge (outage) is not counted", () => {
    const throttle = createSignInThrottle({ now: clock().now });
    for (let i = 0; i < 20; i += 1) allowed(throttle.begin([EMAIL])).settle("not-counted");
    expect(allowed(throttle.begin([EMAIL])).delayMs).toBe(0);
  });

  it("limits one address across many emails, with more room than one email", () => {
    const throttle = createSignInThrottle({ now: clock().now });
    for (let i = 0; i < 50; i += 1) fail(throttle, [{ kind: "email", value: `user${i}@example.com` }, ADDRESS], 1);
    const refused = throttle.begin([{ kind: "email", value: "fresh@example.com" }, ADDRESS]);
    expect(refused).toMatchObject({ isAllowed: false, kind: "address" });
    if (!refused.isAllowed) {
      expect(refusalMessage(refused.kind, refused.retryAfterMs)).toBe(
        "Too many failed sign-ins from your network address. Try again in 15 minutes.",
      );
    }
    // The refused attempt itself was not counted against the fresh email.
    expect(allowed(throttle.begin([{ kind: "email", value: "fresh@example.com" }])).delayMs).toBe(0);
  });

  it("a success from an address removes only that attempt from the address count", () => {
    const throttle = createSignInThrottle({ now: clock().now });
    for (let i = 0; i < 20; i += 1) fail(throttle, [{ kind: "email", value: `user${i}@example.com` }, ADDRESS], 1);
    allowed(throttle.begin([{ kind: "email", value: "right@example.com" }, ADDRESS])).settle("success");
    expect(allowed(throttle.begin([ADDRESS])).delayMs).toBe(500);
  });

  it("forgets the least recently failing keys beyond its memory limit", () => {
    const throttle = createSignInThrottle({ now: clock().now, maxKeys: 3 });
    fail(throttle, [EMAIL], 10);
    for (let i = 0; i < 3; i += 1) fail(throttle, [{ kind: "email", value: `other${i}@example.com` }], 1);
    expect(throttle.begin([EMAIL]).isAllowed).toBe(true);
  });

  it("says minutes in plain words", () => {
    expect(refusalMessage("email", 15 * MINUTE)).toBe(
      "Too many failed sign-ins for this email. Try again in 15 minutes.",
    );
    expect(refusalMessage("email", 1)).toBe("Too many failed sign-ins for this email. Try again in 1 minute.");
    expect(refusalMessage("email", 61_000)).toBe("Too many failed sign-ins for this email. Try again in 2 minutes.");
  });
});
