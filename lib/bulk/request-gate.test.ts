import { describe, expect, it } from "vitest";
import { AlertSiteError } from "@/lib/alertsite/errors";
import { BACKOFF_CAP_SECONDS, createRequestGate, MAX_ATTEMPTS, MAX_WAIT_SECONDS } from "./request-gate";

const rateLimited = (retryAfterSeconds?: number) =>
  new AlertSiteError({
    kind: "http",
    status: 429,
    errors: [{ code: 429, message: "Rate limit exceeded." }],
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });

/** A call that answers 429 (with these Retry-After values, undefined for none) and then "made". */
function refusedThen(retryAfters: (number | undefined)[]) {
  let calls = 0;
  return {
    call: async () => {
      const retryAfter = retryAfters[calls];
      calls += 1;
      if (calls <= retryAfters.length) throw rateLimited(retryAfter);
      return "made";
    },
    calls: () => calls,
  };
}

function recordingHooks() {
  const waits: number[] = [];
  return { waits, hooks: { onWaiting: async (seconds: number) => void waits.push(seconds), onResend: async () => {} } };
}

describe("the request gate", () => {
  it("waits each Retry-After, at least 1 second and at most MAX_WAIT_SECONDS, then sends again", async () => {
    const gate = createRequestGate({ secondMs: 1 });
    const { waits, hooks } = recordingHooks();
    const answer = refusedThen([3, 0, 100_000]);
    expect(await gate.send(answer.call, hooks)).toBe("made");
    expect(waits).toEqual([3, 1, MAX_WAIT_SECONDS]);
    expect(answer.calls()).toBe(4);
  });

  it("without Retry-After, backs off 1, 2, 4 ... seconds up to the cap", async () => {
    const gate = createRequestGate({ secondMs: 0.01 });
    const { waits, hooks } = recordingHooks();
    await gate.send(refusedThen(Array.from({ length: MAX_ATTEMPTS - 1 }, () => undefined)).call, hooks);
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, BACKOFF_CAP_SECONDS].slice(0, MAX_ATTEMPTS - 1));
  });

  it("gives the 429 as the answer after MAX_ATTEMPTS sends", async () => {
    const gate = createRequestGate({ secondMs: 0.01 });
    const answer = refusedThen(Array.from({ length: MAX_ATTEMPTS }, () => 1));
    await expect(gate.send(answer.call, recordingHooks().hooks)).rejects.toMatchObject({ status: 429 });
    expect(answer.calls()).toBe(MAX_ATTEMPTS);
  });

  it("holds every other request during a wait: several 429s at once wait the longest, not the sum", async () => {
    let now = 0;
    const gate = createRequestGate({ secondMs: 1000, now: () => now });
    const { waits, hooks } = recordingHooks();
    const first = refusedThen([5]);
    const second = refusedThen([3]);
    const sending = Promise.all([gate.send(first.call, hooks), gate.send(second.call, hooks)]);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(waits).toEqual([5, 5]);
    let isReady = false;
    void gate.ready().then(() => (isReady = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(isReady).toBe(false);
    now = 5000;
    gate.cancel();
    await expect(sending).rejects.toMatchObject({ status: 429 });
    expect(isReady).toBe(true);
  });

  it("a cancel ends a wait at once, sends nothing more, and the 429 stands as the answer", async () => {
    const gate = createRequestGate({ secondMs: 1000 });
    const answer = refusedThen([60]);
    const sending = gate.send(answer.call, recordingHooks().hooks);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const before = Date.now();
    gate.cancel();
    await expect(sending).rejects.toMatchObject({ status: 429 });
    expect(Date.now() - before).toBeLessThan(500);
    expect(answer.calls()).toBe(1);
    expect(gate.isCancelled).toBe(true);
  });

  it("passes other failures on at once, without waiting or sending again", async () => {
    const gate = createRequestGate({ secondMs: 1000 });
    const refusal = new AlertSiteError({ kind: "http", status: 400, errors: [{ code: 400, message: "Invalid" }] });
    let calls = 0;
    await expect(
      gate.send(async () => {
        calls += 1;
        throw refusal;
      }, recordingHooks().hooks),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);
  });
});
