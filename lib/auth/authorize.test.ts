import { afterEach, describe, expect, it, vi } from "vitest";
import { AlertSiteError } from "@/lib/alertsite";
import { authorizeSignIn, type AuthorizeDependencies } from "./authorize";
import { createSignInThrottle } from "./throttle";

const WRONG = new AlertSiteError({
  kind: "http",
  status: 400,
  errors: [{ code: 400, message: "invalid_request - User authentication failed." }],
});
const OUTAGE = new AlertSiteError({
  kind: "unreachable",
  errors: [{ code: 502, message: "Could not reach AlertSite." }],
});

function setup({ trustedProxyHops = 0 }: { trustedProxyHops?: number } = {}) {
  let time = 5_000_000;
  const signIn = vi.fn<AuthorizeDependencies["signIn"]>(async ({ password }) => {
    if (password === "right") return { accessToken: "tok-123", expiresInSeconds: undefined };
    throw password === "outage" ? OUTAGE : WRONG;
  });
  const sleep = vi.fn(async (ms: number) => void (time += ms));
  const deps: AuthorizeDependencies = {
    signIn,
    throttle: createSignInThrottle({ now: () => time }),
    trustedProxyHops,
    sleep,
  };
  const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
    authorizeSignIn({ email, password }, headers, deps);
  return { signIn, sleep, attempt };
}

afterEach(() => vi.restoreAllMocks());

describe("authorizeSignIn", () => {
  it("trades a right password for the token", async () => {
    const { attempt } = setup();
    await expect(attempt("ops@example.com", "right")).resolves.toMatchObject({
      email: "ops@example.com",
      alertSiteToken: "tok-123",
    });
  });

  it("says a wrong password in plain words and keeps AlertSite's own beside them", async () => {
    const { attempt } = setup();
    const failure = await attempt("ops@example.com", "wrong").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const [plain, said] = (failure instanceof Error ? failure.message : "").split("\n");
    expect(plain).toMatch(/^That email and password didn't work for AlertSite\. Check them and try again\./);
    expect(said).toBe("AlertSite said: invalid_request - User authentication failed.");
  });

  it("slows an email after 5 failures but never locks its owner out when the address is unknown", async () => {
    const { attempt, signIn, sleep } = setup();
    for (let i = 0; i < 12; i += 1)
      await expect(attempt("Guess@Example.com", "wrong")).rejects.toThrow("User authentication failed");
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);

    // Same email in another spelling, the right password: slowed once more, then signed in.
    await expect(attempt("guess@example.com", "right")).resolves.toMatchObject({ alertSiteToken: "tok-123" });
    expect(signIn).toHaveBeenCalledTimes(13);
  });

  it("with TRUST_PROXY, refuses an email from one address after 10 failures, without asking AlertSite again", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { attempt, signIn } = setup({ trustedProxyHops: 1 });
    const from = (address: string) => ({ "x-forwarded-for": address });
    for (let i = 0; i < 10; i += 1)
      await expect(attempt("guess@example.com", "wrong", from("203.0.113.9"))).rejects.toThrow("authentication failed");
    await expect(attempt("guess@example.com", "right", from("203.0.113.9"))).rejects.toThrow(
      /^Too many failed sign-ins for this email\. Try again in (14|15) minutes\.$/,
    );
    expect(signIn).toHaveBeenCalledTimes(10);
    // Its owner, elsewhere, still signs in.
    await expect(attempt("guess@example.com", "right", from("198.51.100.7"))).resolves.toBeDefined();
  });

  it("never slows anyone who signs in right, however often", async () => {
    const { attempt, sleep } = setup();
    for (let i = 0; i < 50; i += 1) await attempt("demo@example.com", "right");
    expect(sleep).not.toHaveBeenCalled();
  });

  it("does not count an AlertSite outage against the email", async () => {
    const { attempt, sleep } = setup();
    for (let i = 0; i < 12; i += 1)
      await expect(attempt("ops@example.com", "outage")).rejects.toThrow("Could not reach");
    expect(sleep).not.toHaveBeenCalled();
    await expect(attempt("ops@example.com", "right")).resolves.toBeDefined();
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY says a proxy wrote it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const spoofable = setup();
    for (let i = 0; i < 60; i += 1) {
      await expect(
        spoofable.attempt(`user${i}@example.com`, "wrong", { "x-forwarded-for": "203.0.113.9" }),
      ).rejects.toThrow("User authentication failed");
    }

    const behindProxy = setup({ trustedProxyHops: 1 });
    for (let i = 0; i < 50; i += 1) {
      await expect(
        behindProxy.attempt(`user${i}@example.com`, "wrong", { "x-forwarded-for": `198.51.100.${i}, 203.0.113.9` }),
      ).rejects.toThrow("User authentication failed");
    }
    await expect(behindProxy.attempt("new@example.com", "right", { "x-forwarded-for": "203.0.113.9" })).rejects.toThrow(
      /^Too many failed sign-ins from your network address\./,
    );
  });

  it("refuses a malformed form without asking AlertSite or counting it", async () => {
    const { signIn } = setup();
    await expect(
      authorizeSignIn({ email: "not-an-email" }, {}, { signIn, throttle: createSignInThrottle(), trustedProxyHops: 0 }),
    ).rejects.toThrow("Enter a full email address");
    expect(signIn).not.toHaveBeenCalled();
  });
});
