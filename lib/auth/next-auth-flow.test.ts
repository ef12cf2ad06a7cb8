import { type NextApiRequest, type NextApiResponse } from "next";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import { TEST_SECRET, useConsoleEnvironment } from "@/lib/api/testing/route-harness";
import { buildAuthOptions, SESSION_MAX_AGE_SECONDS, sameSiteRedirect } from "./options";
import { sessionFromRequest } from "./session";
import { decodeSessionToken } from "./session-token";

// next-auth's real request handling (the core the App Router route delegates to) with the console's
// options: where it sends people back to, and the attributes of the cookie that holds the token.

const HOSTILE_RETURNS = [
  "https://evil.example",
  "https://evil.example/monitors",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "https:%2F%2Fevil.example",
  "http://console.test@evil.example",
  "http://console.test.evil.example/monitors",
  "data:text/html,<script>alert(1)</script>",
  "/\t/evil.example",
];

let upstream: FakeUpstream;
let restoreEnvironment: () => void;

beforeAll(async () => {
  upstream = await startFakeUpstream({ answer: () => ({ json: { access_token: "tok-flow-SECRET-0123456789" } }) });
});
afterAll(() => upstream.close());
afterEach(() => vi.restoreAllMocks());
beforeEach(() => {
  // next-auth logs its refusal of values that are not URLs at all; the assertions cover those.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  upstream.reset();
  restoreEnvironment?.();
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
});

type Jar = Map<string, string>;

type Answer = { status: number; location: string | undefined; body: unknown; setCookies: string[] };

/**
 * Runs next-auth's request handling (the same core the App Router route uses, which itself needs
 * Next's request scope) on a plain request/response pair, like the Pages API would.
 */
async function call(
  origin: string,
  path: string,
  init: { method?: string; form?: Record<string, string>; jar?: Jar } = {},
): Promise<Answer> {
  const url = new URL(path, origin);
  const answer: Answer = { status: 200, location: undefined, body: undefined, setCookies: [] };
  const request = {
    method: init.method ?? "GET",
    query: { ...Object.fromEntries(url.searchParams), nextauth: url.pathname.replace(/^\/api\/auth\//, "").split("/") },
    body: init.form,
    cookies: Object.fromEntries(init.jar ?? []),
    headers: { host: url.host, ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
  };
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    getHeader: (name: string) => (name.toLowerCase() === "set-cookie" ? answer.setCookies : undefined),
    setHeader(name: string, value: string | string[]) {
      if (name.toLowerCase() === "set-cookie") answer.setCookies = [value].flat();
      if (name.toLowerCase() === "location") answer.location = String(value);
      return response;
    },
    end: () => undefined,
    json: (body: unknown) => void (answer.body = body),
    send: (body: unknown) => void (answer.body = body),
  };
  // The two fakes carry every member next-auth's API handler touches.
  await NextAuth(request as unknown as NextApiRequest, response as unknown as NextApiResponse, buildAuthOptions());
  for (const cookie of answer.setCookies) {
    const [pair = ""] = cookie.split(";");
    const index = pair.indexOf("=");
    init.jar?.set(pair.slice(0, index), decodeURIComponent(pair.slice(index + 1)));
  }
  return answer;
}

/** Where next-auth sends the browser: the Location of a redirect, or the `url` of a `json=true` answer. */
function destination(answer: Answer): string | undefined {
  const body = answer.body;
  if (typeof body === "object" && body !== null && "url" in body && typeof body.url === "string") return body.url;
  return answer.location;
}

function sessionCookie(answer: Answer): string | undefined {
  return answer.setCookies.find((cookie) => /^(__Host-)?next-auth\.session-token=/.test(cookie));
}

async function csrf(origin: string, jar: Jar): Promise<string> {
  const response = await call(origin, "/api/auth/csrf", { jar });
  const body: unknown = response.body;
  if (typeof body !== "object" || body === null || !("csrfToken" in body) || typeof body.csrfToken !== "string")
    throw new Error("no csrf token");
  return body.csrfToken;
}

async function signIn(origin: string, jar: Jar, callbackUrl = "/monitors"): Promise<Answer> {
  const csrfToken = await csrf(origin, jar);
  return call(origin, "/api/auth/callback/credentials", {
    method: "POST",
    form: { csrfToken, email: "ops@example.com", password: "right-password", callbackUrl, json: "true" },
    jar,
  });
}

describe("the redirect callback", () => {
  it.each(HOSTILE_RETURNS)("sends %j to the monitor list on this site", (url) => {
    expect(sameSiteRedirect({ url, baseUrl: "http://console.test" })).toBe("http://console.test/monitors");
  });

  it.each([
    ["/monitors/new?name=Billing", "http://console.test/monitors/new?name=Billing"],
    ["http://console.test/monitors/123/edit", "http://console.test/monitors/123/edit"],
  ])("keeps the same-site address %j", (url, expected) => {
    expect(sameSiteRedirect({ url, baseUrl: "http://console.test" })).toBe(expected);
  });
});

describe("next-auth's own callbackUrl handling", () => {
  it.each(HOSTILE_RETURNS)(
    "GET /api/auth/signin?callbackUrl=%j goes to the sign-in page with a same-site return",
    async (hostile) => {
      const response = await call(
        "http://console.test",
        `/api/auth/signin?callbackUrl=${encodeURIComponent(hostile)}`,
        { jar: new Map() },
      );
      expect(response.status).toBe(302);
      // Either our redirect callback's same-site answer, or next-auth refusing a value that is no URL at all.
      expect([
        `/sign-in?callbackUrl=${encodeURIComponent("http://console.test/monitors")}`,
        "/sign-in?error=Configuration",
      ]).toContain(response.location);
    },
  );

  it.each(HOSTILE_RETURNS)("signing in with callbackUrl=%j returns to this site", async (hostile) => {
    const response = await signIn("http://console.test", new Map(), hostile);
    expect(sessionCookie(response)).toBeDefined();
    expect(destination(response)).toBe("http://console.test/monitors");
  });

  it.each(HOSTILE_RETURNS)("signing out with callbackUrl=%j returns to this site", async (hostile) => {
    const jar: Jar = new Map();
    await signIn("http://console.test", jar);
    const csrfToken = await csrf("http://console.test", jar);
    const response = await call("http://console.test", "/api/auth/signout", {
      method: "POST",
      form: { csrfToken, callbackUrl: hostile, json: "true" },
      jar,
    });
    expect(destination(response)).toBe("http://console.test/monitors");
  });

  it("keeps a same-site return address through the sign-in", async () => {
    const response = await signIn("http://console.test", new Map(), "/monitors/new?name=Billing");
    expect(destination(response)).toBe("http://console.test/monitors/new?name=Billing");
  });
});

describe("the session cookie", () => {
  it("is httpOnly, SameSite=Lax and not Secure on a plain-http console", async () => {
    const cookie = sessionCookie(await signIn("http://console.test", new Map()));
    expect(cookie).toMatch(/^next-auth\.session-token=/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it("is Secure, with the __Host- prefix (Path=/, no Domain), when the console is served over https", async () => {
    process.env.NEXTAUTH_URL = "https://console.test";
    const cookie = sessionCookie(await signIn("https://console.test", new Map()));
    expect(cookie).toMatch(/^__Host-next-auth\.session-token=/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).not.toMatch(/; Domain=/i);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).toMatch(/; Secure(;|$)/);
  });

  it("over https, the server reads the session from the __Host- cookie it wrote", async () => {
    process.env.NEXTAUTH_URL = "https://console.test";
    const jar: Jar = new Map();
    await signIn("https://console.test", jar);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const request = new NextRequest("https://console.test/monitors", { headers: { cookie } });
    await expect(sessionFromRequest(request)).resolves.toMatchObject({ email: "ops@example.com" });
  });

  it("holds a token that ends with the session (55 minutes), not next-auth's default 30 days", async () => {
    const jar: Jar = new Map();
    await signIn("http://console.test", jar);
    const claims = await decodeSessionToken({ token: jar.get("next-auth.session-token"), secret: TEST_SECRET });
    expect(Number(claims?.exp) - Number(claims?.iat)).toBe(SESSION_MAX_AGE_SECONDS);
  });

  it("holds the token only in encrypted form", async () => {
    const cookie = sessionCookie(await signIn("http://console.test", new Map()));
    expect(cookie).not.toContain("tok-flow-SECRET");
  });
});

describe("next-auth's log lines", () => {
  it("write a callbackUrl that carries a forged line as one line, the break escaped", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const forged = "http://a b\n[next-auth][error][FORGED] admin signed in";
    const response = await call("http://console.test", `/api/auth/signin?callbackUrl=${encodeURIComponent(forged)}`, {
      jar: new Map(),
    });
    expect(response.location).toBe("/sign-in?error=Configuration");
    const lines = error.mock.calls.map((args) => args.map(String).join(" "));
    expect(lines).toEqual([expect.stringContaining("\\u000a[next-auth][error][FORGED] admin signed in")]);
    expect(lines[0]).not.toMatch(/[\r\n]/);
  });
});

describe("signing out", () => {
  it("ends the session for every copy of its cookie, also once next-auth has re-issued it", async () => {
    const jar: Jar = new Map();
    await signIn("http://console.test", jar);
    const copy = new Map(jar);
    const cookieOf = (from: Jar) => [...from].map(([name, value]) => `${name}=${value}`).join("; ");
    const read = (from: Jar) =>
      sessionFromRequest(new NextRequest("http://console.test/monitors", { headers: { cookie: cookieOf(from) } }));
    // Reading the session makes next-auth re-issue the cookie (a new jti): the sign-out must still cover the copy.
    await call("http://console.test", "/api/auth/session", { jar });
    await expect(read(copy)).resolves.toMatchObject({ email: "ops@example.com" });

    const csrfToken = await csrf("http://console.test", jar);
    await call("http://console.test", "/api/auth/signout", { method: "POST", form: { csrfToken, json: "true" }, jar });

    await expect(read(copy)).resolves.toBeNull();
    const session = await call("http://console.test", "/api/auth/session", { jar: new Map(copy) });
    expect(session.body).toEqual({});
  });

  it("leaves other sessions of the same user signed in", async () => {
    const first: Jar = new Map();
    const second: Jar = new Map();
    await signIn("http://console.test", first);
    await signIn("http://console.test", second);
    const csrfToken = await csrf("http://console.test", first);
    await call("http://console.test", "/api/auth/signout", {
      method: "POST",
      form: { csrfToken, json: "true" },
      jar: first,
    });
    const cookie = [...second].map(([name, value]) => `${name}=${value}`).join("; ");
    await expect(
      sessionFromRequest(new NextRequest("http://console.test/monitors", { headers: { cookie } })),
    ).resolves.toMatchObject({ email: "ops@example.com" });
  });
});
