import { describe, expect, it, vi } from "vitest";
import { AlertSiteError, type UnknownOutcomeCause } from "@/lib/alertsite";
import { UnresolvedWrite } from "@/lib/api/server/write-outcome";
import { type MonitorCreateBody } from "./create-schema";
import { createResolvingOutcome, editResolvingOutcome, isMonitorFromCreate } from "./resolve-outcome";
import { type UpstreamMonitor } from "./upstream";

const BODY: MonitorCreateBody = {
  billing_plancode: "UBM - A/A",
  name: "Billing mailbox",
  smtp_hostname: "smtp.example.com",
  pop3_hostname: "pop.example.com",
  email: "roundtrip@example.com",
};

const CREATED: UpstreamMonitor = {
  id: "700123",
  type: "email-round-trip",
  name: "Billing mailbox",
  smtp_hostname: "SMTP.example.com",
  pop3_hostname: "pop.example.com",
  email: "RoundTrip@example.com",
};

function lost(cause: UnknownOutcomeCause = "timeout"): AlertSiteError {
  return new AlertSiteError({
    kind: cause === "timeout" ? "timeout" : "unreachable",
    errors: [{ code: 504, message: "AlertSite did not answer within 10 seconds." }],
    unknownOutcome: cause,
  });
}

const refused = new AlertSiteError({
  kind: "http",
  status: 400,
  errors: [{ code: 400, message: "Invalid value for 'interval'." }],
  isAlertSiteText: true,
});

/** No real waiting; records how long the resolver chose to wait. */
function fastClock() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("createResolvingOutcome", () => {
  it("answers the new id as usual when AlertSite answers, without looking anything up", async () => {
    const list = vi.fn(async () => [CREATED]);
    const result = await createResolvingOutcome(BODY, { create: async () => ({ id: "1" }), list });
    expect(result).toEqual({ id: "1" });
    expect(list).not.toHaveBeenCalled();
  });

  it("after a lost answer, finds the monitor by name, mailbox and servers: it was created", async () => {
    const clock = fastClock();
    const result = await createResolvingOutcome(
      BODY,
      {
        create: async () => Promise.reject(lost("timeout")),
        list: async () => [{ ...CREATED, id: "5", name: "Other" }, CREATED],
      },
      clock,
    );
    expect(result).toEqual({ id: "700123", resolvedAfter: "timeout" });
    expect(clock.waits).toEqual([]);
  });

  it("looks again after a short wait, for an AlertSite still finishing the write", async () => {
    const clock = fastClock();
    const list = vi.fn<() => Promise<UpstreamMonitor[]>>().mockResolvedValueOnce([]).mockResolvedValueOnce([CREATED]);
    const result = await createResolvingOutcome(
      BODY,
      { create: async () => Promise.reject(lost("connection-lost")), list },
      { ...clock, settleDelayMs: 1500 },
    );
    expect(result).toEqual({ id: "700123", resolvedAfter: "connection-lost" });
    expect(clock.waits).toEqual([1500]);
  });

  it("found nowhere after both looks: not created, safe to try again", async () => {
    const failure = lost("gateway-error");
    const error = await rejection(
      createResolvingOutcome(BODY, { create: async () => Promise.reject(failure), list: async () => [] }, fastClock()),
    );
    expect(error).toBeInstanceOf(UnresolvedWrite);
    expect(error).toMatchObject({
      failure,
      outcome: "not-saved",
      lead: { message: "It was not created: it is safe to try again." },
    });
  });

  it("a monitor that differs in its mailbox or a server is not this create's", () => {
    expect(isMonitorFromCreate(CREATED, BODY)).toBe(true);
    expect(isMonitorFromCreate({ ...CREATED, email: "other@example.com" }, BODY)).toBe(false);
    expect(isMonitorFromCreate({ ...CREATED, pop3_hostname: "pop2.example.com" }, BODY)).toBe(false);
    expect(isMonitorFromCreate({ ...CREATED, smtp_hostname: undefined }, BODY)).toBe(false);
    expect(isMonitorFromCreate({ ...CREATED, name: "Billing mailbox 2" }, BODY)).toBe(false);
  });

  it("a look-up that fails says plainly that the outcome is still unknown, and what to check", async () => {
    const error = await rejection(
      createResolvingOutcome(
        BODY,
        { create: async () => Promise.reject(lost()), list: async () => Promise.reject(lost()) },
        fastClock(),
      ),
    );
    expect(error).toMatchObject({
      outcome: "unknown",
      lead: {
        message: "The console could not tell whether the monitor was created.",
        action: expect.stringContaining("“Billing mailbox”"),
      },
    });
  });

  it("a refusal is passed on as it is: AlertSite answered, nothing to look up", async () => {
    const list = vi.fn(async () => [CREATED]);
    expect(await rejection(createResolvingOutcome(BODY, { create: async () => Promise.reject(refused), list }))).toBe(
      refused,
    );
    expect(list).not.toHaveBeenCalled();
  });
});

describe("editResolvingOutcome", () => {
  const MONITOR: UpstreamMonitor = { ...CREATED, interval: 15, note: "old" };

  it("after a lost answer, the re-read monitor has the change: it was saved", async () => {
    const result = await editResolvingOutcome(
      "700123",
      { interval: 5, note: "new" },
      { edit: async () => Promise.reject(lost()), read: async () => ({ ...MONITOR, interval: 5, note: "new" }) },
      fastClock(),
    );
    expect(result).toEqual({ id: "700123", resolvedAfter: "timeout" });
  });

  it("the change is not there after both reads: not saved, safe to try again", async () => {
    const read = vi.fn(async () => ({ ...MONITOR, interval: 5 }));
    const error = await rejection(
      editResolvingOutcome(
        "700123",
        { interval: 5, note: "new" },
        { edit: async () => Promise.reject(lost()), read },
        fastClock(),
      ),
    );
    expect(error).toMatchObject({
      outcome: "not-saved",
      lead: { message: "Your change was not saved: it is safe to try again." },
    });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("a re-read that fails leaves the outcome unknown, and says what to do", async () => {
    const error = await rejection(
      editResolvingOutcome(
        "700123",
        { interval: 5 },
        { edit: async () => Promise.reject(lost()), read: async () => Promise.reject(lost()) },
        fastClock(),
      ),
    );
    expect(error).toMatchObject({
      outcome: "unknown",
      lead: { message: "The console could not tell whether your change was saved." },
    });
  });

  it("a new mailbox password alone cannot be read back, so the outcome stays unknown without a look", async () => {
    const read = vi.fn(async () => MONITOR);
    const error = await rejection(
      editResolvingOutcome(
        "700123",
        { email_password: "new-secret" },
        { edit: async () => Promise.reject(lost()), read },
        fastClock(),
      ),
    );
    expect(error).toMatchObject({ outcome: "unknown" });
    expect(read).not.toHaveBeenCalled();
  });
});
