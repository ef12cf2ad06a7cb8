import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("trusts no X-Forwarded-For without TRUST_PROXY: the client writes it", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 0)).toBeUndefined();
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), 0)).toBeUndefined();
  });

  it("with one trusted proxy, takes the address that proxy appended, not what the client claimed", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" }, 1)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.1,203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("with two trusted proxies, skips the inner one", () => {
    expect(clientAddress({ "x-forwarded-for": "spoofed, 203.0.113.9, 10.0.0.2" }, 2)).toBe("203.0.113.9");
  });

  it("keeps IPv6 addresses and refuses anything that is not an address", () => {
    expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" }, 1)).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "evil.example" }, 1)).toBeUndefined();
    expect(clientAddress({ "x-forwarded-for": "" }, 1)).toBeUndefined();
    expect(clientAddress({}, 1)).toBeUndefined();
    expect(clientAddress(undefined, 1)).toBeUndefined();
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 2)).toBeUndefined();
  });
});
