import { afterEach, describe, expect, it, vi } from "vitest";
import { getConfig, resetConfigForTests } from "./config";

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

describe("getConfig", () => {
  it("never points a production console at the sandbox unless ALERTSITE_SANDBOX_IN_PRODUCTION=1", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("ALERTSITE_API_URL", "");
    resetConfigForTests();
    expect(() => getConfig()).toThrow("no sandbox in production");

    vi.stubEnv("ALERTSITE_SANDBOX_IN_PRODUCTION", "1");
    resetConfigForTests();
    expect(getConfig()).toMatchObject({ isSandbox: true });
  });

  it("uses the sandbox in development without being asked", () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("ALERTSITE_API_URL", "");
    resetConfigForTests();
    expect(getConfig()).toMatchObject({ isSandbox: true });
  });
});
