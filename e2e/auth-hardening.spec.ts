import { type APIRequestContext, expect, test } from "@playwright/test";
import { DEMO, SIGN_IN_LANDING, signIn } from "./support/console";
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
  test("after 10 failed sign-ins one email is refused for a while, with a clear message; others sign in as usual", async ({
    page,
  }) => {
    // Unknown to the sandbox, and new for every try, so no other test's sign-ins are ever counted with it.
    const email = `throttle-e2e-${test.info().retry}@example.com`;
    const token = await csrfToken(page.request);
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () =>
        page.request.post("/api/auth/callback/credentials", {
          form: { csrfToken: token, email, password: "not-the-password", json: "true" },
        }),
      ),
    );
    for (const attempt of attempts)
      expect(decodeURIComponent(await answerUrl(attempt))).toContain("User authentication failed");

    await page.goto("/sign-in");
    await page.getByLabel("AlertSite email").fill(email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Sign-in is paused" });
    await expect(alert).toContainText("Too many failed sign-ins for this email. Try again in 15 minutes.");
    await expect(page.getByLabel("AlertSite email")).toHaveValue(email);

    await page.getByLabel("AlertSite email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/monitors$/, SIGN_IN_LANDING);
    await alertSiteTokenFromSession(page.context());
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
