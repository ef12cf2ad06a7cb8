import { describe, expect, it } from "vitest";
import { createAuthLogger } from "./auth-logger";

function capture() {
  const lines: string[] = [];
  const logger = createAuthLogger({ error: (text) => lines.push(text), warn: (text) => lines.push(text) });
  return { lines, logger };
}

describe("next-auth's logger", () => {
  it("writes a forged callbackUrl as one line, its line breaks and overrides visible", () => {
    const { lines, logger } = capture();
    const forged = "http://a b\n[next-auth][error][FORGED] admin signed in\u202Egnp.exe";
    logger.error("INVALID_CALLBACK_URL_ERROR", new Error(`Invalid callback URL. Received: ${forged}`));
    expect(lines).toEqual([
      "[next-auth] error INVALID_CALLBACK_URL_ERROR: Error: Invalid callback URL. Received: http://a b\\u000a[next-auth][error][FORGED] admin signed in\\u202egnp.exe",
    ]);
  });

  it("writes an object's plain fields and nested error, never a stack", () => {
    const { lines, logger } = capture();
    const error = new Error("JWT invalid");
    logger.error("JWT_SESSION_ERROR", { error, providerId: "credentials", nested: { secret: "x" } });
    expect(lines).toEqual(["[next-auth] error JWT_SESSION_ERROR: error=Error: JWT invalid providerId=credentials"]);
    expect(lines[0]).not.toContain("    at ");
  });

  it("writes warnings as one line", () => {
    const { lines, logger } = capture();
    logger.warn("NEXTAUTH_URL");
    expect(lines).toEqual(["[next-auth] warn NEXTAUTH_URL"]);
  });
});
