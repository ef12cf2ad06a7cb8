import { describe, expect, it } from "vitest";
import {
  createSignInThrottle,
  refusalMessage,
  type SignInThrottle,
  signInKeys,
  type ThrottleDecision,
  type ThrottleKey,
} from "../throttle";
import { type ThrottleStore } from "../throttle-store";

// The throttle's behaviour, run once per store (memory: lib/auth/throttle.test.ts; database:
// lib/auth/database-auth-stores.test.ts), so both keep the same promises.

const MINUTE = 60_000;
const ADDRESS = "203.0.113.9";

function clock(start = 1_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

function allowed(decision: ThrottleDecision) {
  if (!decision.isAllowed) throw new Error(`refused: ${decision.kind} for ${decision.retryAfterMs} ms`);
  return decision;
}

async function fail(throttle: SignInThrottle, keys: readonly ThrottleKey[], times: number): Promise<number[]> {
  const delays: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const decision = allowed(await throttle.begin(keys));
    delays.push(decision.delayMs);
    await decision.settle("failure");
  }
  return delays;
}

export function describeThrottle(storeName: string, makeStore: (now: () => number) => ThrottleStore): void {
  function setup() {
    const time = clock();
    const throttle = createSignInThrottle({ store: makeStore(time.now), now: time.now });
    return { time, throttle };
  }
  const email = (value = "guess@example.com") => signInKeys(value, undefined);
  const fromAddress = (value = "guess@example.com") => signInKeys(value, ADDRESS);

  describe(`sign-in throttle (${storeName})`, () => {
    it("without an address: 5 free failures for an email, then a doubling delay up to 8 s, never a refusal", async () => {
      const { throttle } = setup();
      expect(await fail(throttle, email(), 14)).toEqual([
        0, 0, 0, 0, 0, 500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000,
      ]);
      // The real user, password right: slowed, not locked out.
      const owner = allowed(await throttle.begin(email()));
      expect(owner.delayMs).toBe(8000);
      await owner.settle("success");
      expect(allowed(await throttle.begin(email())).delayMs).toBe(0);
    });

    it("with an address: the same email from the same address is refused after 10 failures, until the window passes", async () => {
      const { throttle, time } = setup();
      await fail(throttle, fromAddress(), 1);
      time.advance(5 * MINUTE);
      await fail(throttle, fromAddress(), 9);
      time.advance(9 * MINUTE);
      const refused = await throttle.begin(fromAddress());
      expect(refused).toMatchObject({ isAllowed: false, kind: "email-address" });
      if (!refused.isAllowed)
        expect(refusalMessage(refused.kind, refused.retryAfterMs)).toBe(
          "Too many failed sign-ins for this email. Try again in 1 minute.",
        );
      // The owner of the email, from another address: slowed, never refused.
      const owner = await throttle.begin(signInKeys("guess@example.com", "198.51.100.7"));
      expect(owner).toMatchObject({ isAllowed: true, delayMs: 8000 });

      time.advance(1 * MINUTE + 1);
      expect((await throttle.begin(fromAddress())).isAllowed).toBe(true);
    });

    it("limits one address across many emails, with more room than one email", async () => {
      const { throttle, time } = setup();
      // Spread over minutes, so the instance budget stays out of it.
      for (let i = 0; i < 50; i += 1) {
        await fail(throttle, fromAddress(`user${i}@example.com`), 1);
        time.advance(15_000);
      }
      const refused = await throttle.begin(fromAddress("fresh@example.com"));
      expect(refused).toMatchObject({ isAllowed: false, kind: "address" });
      if (!refused.isAllowed)
        expect(refusalMessage(refused.kind, refused.retryAfterMs)).toMatch(
          /^Too many failed sign-ins from your network address\. Try again in \d+ minutes?\.$/,
        );
      // The refused attempt itself was not counted against the fresh email.
      expect(allowed(await throttle.begin(email("fresh@example.com"))).delayMs).toBe(0);
    });

    it("past 30 failures a minute on the instance, slows everyone: 1 s, doubling every 10 failures, up to 8 s", async () => {
      const { throttle, time } = setup();
      const delays: number[] = [];
      for (let i = 0; i < 70; i += 1) delays.push(...(await fail(throttle, email(`spray${i}@example.com`), 1)));
      expect(delays.slice(0, 30)).toEqual(Array.from({ length: 30 }, () => 0));
      expect(delays.slice(30, 40)).toEqual(Array.from({ length: 10 }, () => 1000));
      expect(delays.slice(40, 50)).toEqual(Array.from({ length: 10 }, () => 2000));
      expect(delays.slice(50, 60)).toEqual(Array.from({ length: 10 }, () => 4000));
      expect(delays.slice(60)).toEqual(Array.from({ length: 10 }, () => 8000));
      // Everyone, even someone who has never failed; never refused.
      expect(await throttle.begin(email("innocent@example.com"))).toMatchObject({ isAllowed: true, delayMs: 8000 });
      time.advance(MINUTE + 1);
      expect(allowed(await throttle.begin(email("innocent@example.com"))).delayMs).toBe(0);
    });

    it("never counts successes: many good sign-ins are never slowed", async () => {
      const { throttle } = setup();
      for (let i = 0; i < 100; i += 1) {
        const decision = allowed(await throttle.begin(fromAddress("demo@example.com")));
        expect(decision.delayMs).toBe(0);
        await decision.settle("success");
      }
    });

    it("counts attempts still in flight, so a burst of parallel guesses cannot slip past the limit", async () => {
      const { throttle } = setup();
      const inFlight = await Promise.all(Array.from({ length: 10 }, () => throttle.begin(fromAddress())));
      expect(inFlight.every((decision) => decision.isAllowed)).toBe(true);
      expect((await throttle.begin(fromAddress())).isAllowed).toBe(false);
      for (const attempt of inFlight) if (attempt.isAllowed) await attempt.settle("failure");
      expect((await throttle.begin(fromAddress())).isAllowed).toBe(false);
    });

    it("an attempt AlertSite could not judge (outage) is not counted", async () => {
      const { throttle } = setup();
      for (let i = 0; i < 20; i += 1) await allowed(await throttle.begin(fromAddress())).settle("not-counted");
      expect(allowed(await throttle.begin(fromAddress())).delayMs).toBe(0);
    });
  });
}
