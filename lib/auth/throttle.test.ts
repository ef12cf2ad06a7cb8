import { describe, expect, it } from "vitest";
import { describeThrottle } from "./testing/throttle-suite";
import { createSignInThrottle, refusalMessage, signInKeys } from "./throttle";
import { createMemoryThrottleStore } from "./throttle-store";

describeThrottle("in memory", (now) => createMemoryThrottleStore({ now }));

describe("the in-memory store", () => {
  it("forgets the least recently failing keys beyond its memory limit", async () => {
    const throttle = createSignInThrottle({ store: createMemoryThrottleStore({ maxKeys: 4 }) });
    for (let i = 0; i < 6; i += 1) {
      const decision = await throttle.begin(signInKeys("guess@example.com", undefined));
      if (decision.isAllowed) await decision.settle("failure");
    }
    for (let i = 0; i < 3; i += 1) {
      const decision = await throttle.begin(signInKeys(`other${i}@example.com`, undefined));
      if (decision.isAllowed) await decision.settle("failure");
    }
    expect(await throttle.begin(signInKeys("guess@example.com", undefined))).toMatchObject({ delayMs: 0 });
  });
});

describe("refusal messages", () => {
  it("say minutes in plain words", () => {
    expect(refusalMessage("email-address", 15 * 60_000)).toBe(
      "Too many failed sign-ins for this email. Try again in 15 minutes.",
    );
    expect(refusalMessage("email-address", 1)).toBe("Too many failed sign-ins for this email. Try again in 1 minute.");
    expect(refusalMessage("address", 61_000)).toBe(
      "Too many failed sign-ins from your network address. Try again in 2 minutes.",
    );
  });
});
