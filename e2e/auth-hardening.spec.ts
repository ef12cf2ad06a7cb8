import { type APIRequestContext, expect, test } from "@playwright/test";
import { DEMO, READ_ONLY, SIGN_IN_LANDING, signIn } from "./support/console";
import { E2E } from "./support/ports";
import { alertSiteTokenFromSession } from "./support/session-cookie";

// Sign-in throttling and next-auth's own return addresses, against the production build.

const HOSTILE_RETURNS = [
  "https://evil.example",
  "//evil.example",
  "/\\evil.example",
  "javascript:alert(1)",
  "%2F%2Fevil.example",
  "https:%2F%2Fevil.example",
];

async function csrfToken(request: APIRequestContext): Promise<string> {
  const body: unknown = await (await request.get("/api/auth/csrf")).json();
  if (typeof body !== "object" || body === null || !("csrfToken" in body) || typeof body.csrfToken !== "string")
    throw new Error("no csrf token");
  return body.csrfToken;
}

/** Where next-auth's `json=true` answer sends the browser. */
async function answerUrl(response: { json(): Promise<unknown> }): Promise<string> {
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("url" in body) || typeof body.url !== "string")
    throw new Error("no url");
  return body.url;
}

function expectSameSite(location: string | undefined): void {
  const url = new URL(location ?? "", E2E.consoleUrl);
  expect(url.origin).toBe(E2E.consoleUrl);
  expect(decodeURIComponent(location ?? "")).not.toMatch(/evil\.example|javascript:/i);
}

test.describe("sign-in throttling", () => {
  test("10 wrong passwords typed by someone else slow an email down but never lock its owner out", async ({ page }) => {
    // TRUST_PROXY is unset here, so the client address is unknown: the email alone is never refused.
    const token = await csrfToken(page.request);
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () =>
        page.request.post("/api/auth/callback/credentials", {
          form: { csrfToken: token, email: READ_ONLY.email, password: "not-the-password", json: "true" },
        }),
      ),
    );
    for (const attempt of attempts)
      expect(decodeURIComponent(await answerUrl(attempt))).toContain("User authentication failed");

    await page.goto("/sign-in");
    await page.getByLabel("AlertSite email").fill(READ_ONLY.email);
    await page.getByLabel("Password").fill(READ_ONLY.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/monitors$/, SIGN_IN_LANDING);
    await expect(page.getByText("Too many failed sign-ins")).toHaveCount(0);
    await alertSiteTokenFromSession(page.context());
  });
});

test.describe("signing out", () => {
  test("a copy of the session cookie kept from before the sign-out no longer works", async ({ page, context }) => {
    await signIn(page);
    const copy = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    if (!copy) throw new Error("no session cookie");
    const withCopy = { headers: { cookie: `${copy.name}=${copy.value}` } };
    expect((await page.request.get("/api/monitors", withCopy)).status()).toBe(200);

    await page.getByRole("button", { name: /^Signed in as / }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    expect((await page.request.get("/api/monitors", withCopy)).status()).toBe(401);
    await context.addCookies([copy]);
    await page.goto("/monitors");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("next-auth's return addresses stay on this site", () => {
  for (const hostile of HOSTILE_RETURNS) {
    test(`/api/auth/signin?callbackUrl=${hostile} leads back to the console after signing in`, async ({ page }) => {
      const response = await page.request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(hostile)}`, {
        maxRedirects: 0,
      });
      expect(response.status()).toBe(302);
      expectSameSite(response.headers().location);

      await page.goto(`/api/auth/signin?callbackUrl=${encodeURIComponent(hostile)}`);
      await expect(page).toHaveURL(/\/sign-in/);
      await page.getByLabel("AlertSite email").fill(DEMO.email);
      await page.getByLabel("Password").fill(DEMO.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(`${E2E.consoleUrl}/monitors`, SIGN_IN_LANDING);
      await alertSiteTokenFromSession(page.context());
    });
  }

  test("the credentials callback and sign-out never hand out another site's address", async ({ page }) => {
    await signIn(page);
    for (const hostile of HOSTILE_RETURNS) {
      const signOut = await page.request.post("/api/auth/signout", {
        form: { csrfToken: await csrfToken(page.request), callbackUrl: hostile, json: "true" },
      });
      expectSameSite(await answerUrl(signOut));

      const signInAgain = await page.request.post("/api/auth/callback/credentials", {
        form: {
          csrfToken: await csrfToken(page.request),
          email: DEMO.email,
          password: DEMO.password,
          callbackUrl: hostile,
          json: "true",
        },
      });
      expectSameSite(await answerUrl(signInAgain));
      await alertSiteTokenFromSession(page.context());
    }
  });

  test("a same-site return address survives next-auth's sign-in page", async ({ page }) => {
    await page.goto(`/api/auth/signin?callbackUrl=${encodeURIComponent("/monitors/new?name=Kept")}`);
    await page.getByLabel("AlertSite email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${E2E.consoleUrl}/monitors/new?name=Kept`, SIGN_IN_LANDING);
    await alertSiteTokenFromSession(page.context());
  });
});
