import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";
import { parseFrameAncestors } from "./frame-ancestors";
import { responseSecurityHeaders } from "./security-headers";

const base = { nonce: "bm9uY2U=", isDevelopment: false, frameAncestors: ["'self'"], isHttps: false };

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("allows scripts only with this response's nonce, and never eval in production", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy.get("script-src")).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy.get("style-src")).toBe("'self' 'nonce-bm9uY2U='");
    expect(contentSecurityPolicy(base)).not.toMatch(/unsafe-(eval|inline)/);
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("default-src")).toBe("'self'");
  });

  it("lets only the console frame itself by default, and the named portals when configured", () => {
    expect(directives(contentSecurityPolicy(base)).get("frame-ancestors")).toBe("'self'");
    const portals = parseFrameAncestors("https://portal.example.com, https://*.intranet.example:8443");
    expect(directives(contentSecurityPolicy({ ...base, frameAncestors: portals.sources })).get("frame-ancestors")).toBe(
      "'self' https://portal.example.com https://*.intranet.example:8443",
    );
  });

  it("adds eval and inline styles only for next dev", () => {
    const policy = directives(contentSecurityPolicy({ ...base, isDevelopment: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toBe("'self' 'unsafe-inline'");
  });

  it("upgrades insecure requests only over https", () => {
    expect(contentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...base, isHttps: true })).toContain("upgrade-insecure-requests");
  });
});

describe("createNonce", () => {
  it("is fresh base64 every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("parseFrameAncestors", () => {
  it("is only 'self' when unset or empty", () => {
    expect(parseFrameAncestors(undefined)).toEqual({ sources: ["'self'"], invalid: [] });
    expect(parseFrameAncestors("  ")).toEqual({ sources: ["'self'"], invalid: [] });
  });

  it.each([
    "*",
    "https://portal.example.com/path",
    "https://portal.example.com; script-src *",
    "'unsafe-inline'",
    "portal.example.com",
    "javascript:",
    "https://*",
  ])("refuses the whole value when it holds %j, leaving only 'self'", (entry) => {
    const parsed = parseFrameAncestors(`https://portal.example.com ${entry}`);
    expect(parsed.sources).toEqual(["'self'"]);
    expect(parsed.invalid.length).toBeGreaterThan(0);
  });
});

describe("responseSecurityHeaders", () => {
  it("sends HSTS only over https", () => {
    expect(responseSecurityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    expect(responseSecurityHeaders({ ...base, isHttps: true })["Strict-Transport-Security"]).toBe("max-age=63072000");
  });
});
