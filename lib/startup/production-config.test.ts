import { afterEach, describe, expect, it, vi } from "vitest";
import { refuseUnsafeProductionStart, unsafeProductionConfig } from "./production-config";

const SAFE = {
  NODE_ENV: "production",
  ALERTSITE_API_URL: "https://api.alertsite.com/api/v3",
  NEXTAUTH_URL: "https://monitors.example.com",
  NEXTAUTH_SECRET: "x".repeat(32),
};

afterEach(() => vi.restoreAllMocks());

describe("a production start", () => {
  it("is safe with an https AlertSite, the console's address and a 32-character secret", () => {
    expect(unsafeProductionConfig(SAFE)).toEqual([]);
  });

  it("refuses to serve the sandbox unless ALERTSITE_SANDBOX_IN_PRODUCTION=1 asks for it", () => {
    const { ALERTSITE_API_URL: _unset, ...withoutUrl } = SAFE;
    expect(unsafeProductionConfig(withoutUrl)).toEqual([
      expect.stringMatching(
        /^ALERTSITE_API_URL is not set, so the console would send people's passwords to its built-in sandbox\. Set it .*ALERTSITE_SANDBOX_IN_PRODUCTION=1/,
      ),
    ]);
    expect(unsafeProductionConfig({ ...withoutUrl, ALERTSITE_API_URL: "" })).toHaveLength(1);
    expect(unsafeProductionConfig({ ...withoutUrl, ALERTSITE_SANDBOX_IN_PRODUCTION: "true" })).toHaveLength(1);
    expect(unsafeProductionConfig({ ...withoutUrl, ALERTSITE_SANDBOX_IN_PRODUCTION: "1" })).toEqual([]);
  });

  it("refuses an AlertSite address that would carry passwords in clear text over a network", () => {
    for (const url of ["http://api.alertsite.com/api/v3", "ftp://x", "api.alertsite.com", "http://10.0.0.5/api/v3"]) {
      expect(unsafeProductionConfig({ ...SAFE, ALERTSITE_API_URL: url })).toEqual([
        expect.stringMatching(/^ALERTSITE_API_URL must be an https:\/\/ address/),
      ]);
    }
    // This machine only: a local test double or a TLS sidecar.
    for (const url of ["http://127.0.0.1:4311/api/v3", "http://localhost:8080", "http://[::1]:9000"])
      expect(unsafeProductionConfig({ ...SAFE, ALERTSITE_API_URL: url })).toEqual([]);
  });

  it("refuses without NEXTAUTH_URL, saying what to set", () => {
    for (const value of [undefined, "", "monitors.example.com"]) {
      expect(unsafeProductionConfig({ ...SAFE, NEXTAUTH_URL: value })).toEqual([
        expect.stringMatching(
          /^NEXTAUTH_URL is not set to the console's public address\. Set it, e\.g\. NEXTAUTH_URL=https:/,
        ),
      ]);
    }
  });

  it("refuses a missing or short secret, saying how to make one", () => {
    expect(unsafeProductionConfig({ ...SAFE, NEXTAUTH_SECRET: undefined })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET is not set\..*openssl rand -base64 32/),
    ]);
    expect(unsafeProductionConfig({ ...SAFE, NEXTAUTH_SECRET: "x".repeat(31) })).toEqual([
      "NEXTAUTH_SECRET is 31 characters long; the console needs at least 32, because it encrypts sessions that hold AlertSite tokens. Generate one with `openssl rand -base64 32`.",
    ]);
  });

  it("lists every problem at once and exits, but only in production", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    refuseUnsafeProductionStart({ NODE_ENV: "development" });
    expect(exit).not.toHaveBeenCalled();

    refuseUnsafeProductionStart({ NODE_ENV: "production" });
    expect(exit).toHaveBeenCalledWith(1);
    const printed = String(error.mock.calls[0]?.[0]);
    expect(printed).toContain("The console refuses to start:");
    expect(printed.match(/^- /gm)).toHaveLength(3);
  });
});

describe("the server's start-up hook (instrumentation.ts)", () => {
  it("runs the check: a production server without configuration exits before anything else", async () => {
    // A real exit ends the process; here it ends register() the same way.
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("ALERTSITE_API_URL", "");
    vi.stubEnv("ALERTSITE_SANDBOX_IN_PRODUCTION", "");
    try {
      const { register } = await import("@/instrumentation");
      await expect(register()).rejects.toThrow("exited");
    } finally {
      vi.unstubAllEnvs();
    }
    expect(exit).toHaveBeenCalledWith(1);
  });
});
