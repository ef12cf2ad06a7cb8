import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/console";
import { MonitorForm } from "./support/monitor-form";
import { E2E } from "./support/ports";

// Security headers on every kind of response from the production build, and a CSP strict enough
// to refuse injected script yet loose enough that the console itself never trips it.

function expectCommonHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["x-powered-by"], what).toBeUndefined();
  // Served over plain http here: HSTS would be meaningless (it is sent over https, see lib/security tests).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

function expectStrictCsp(response: APIResponse, what: string, frameAncestors = "'self'"): void {
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp, what).not.toContain("unsafe-eval");
  expect(csp, what).not.toContain("unsafe-inline");
  expect(csp, what).toContain("object-src 'none'");
  expect(
    csp.split(";").map((directive) => directive.trim()),
    what,
  ).toContain(`frame-ancestors ${frameAncestors}`);
}

/** Collects everything the browser says about the CSP, and every uncaught page error. */
function watchForViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test.describe("security headers", () => {
  test("every kind of response carries them, with a fresh nonce per page", async ({ page, request }) => {
    const signInPage = await request.get("/sign-in");
    expectCommonHeaders(signInPage, "sign-in page");
    expectStrictCsp(signInPage, "sign-in page");
    const again = await request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toBe(signInPage.headers()["content-security-policy"]);

    const redirect = await request.get("/monitors", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectCommonHeaders(redirect, "sign-in redirect");
    expectStrictCsp(redirect, "sign-in redirect");

    const notFound = await request.get("/no-such-page");
    expect(notFound.status()).toBe(404);
    expectCommonHeaders(notFound, "404 page");
    expectStrictCsp(notFound, "404 page");

    for (const path of ["/api/monitors", "/api/auth/session", "/api/auth/csrf"]) {
      const response = await request.get(path);
      expectCommonHeaders(response, path);
      expectStrictCsp(response, path);
    }

    const html = await signInPage.text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await request.get(script ?? "");
    expect(asset.status()).toBe(200);
    expectCommonHeaders(asset, "build asset");

    // Signed in, the console's own pages too.
    await signIn(page);
    const list = await page.request.get("/monitors");
    expect(list.status()).toBe(200);
    expectCommonHeaders(list, "monitor list");
    expectStrictCsp(list, "monitor list");
  });

  test("the console runs under its CSP without a single violation", async ({ page }) => {
    const problems = watchForViolations(page);
    await signIn(page, undefined, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    await form.fillRequired({ name: `CSP walk ${test.info().testId}` });
    await form.openGroup("Schedule");
    await page.getByRole("button", { name: "Create monitor" }).click();
    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
    await page.getByRole("link", { name: "Edit this monitor" }).click();
    await expect(page).toHaveURL(/\/monitors\/\d+\/edit$/);
    await page.goto("/monitors");
    await expect(page.getByRole("table", { name: /Round-trip email monitors/ })).toBeVisible();
    await page.getByRole("button", { name: /^Signed in as / }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect(problems).toEqual([]);
  });

  test("a script injected into a page is refused by the CSP", async ({ page }) => {
    // As if the server had been tricked into writing markup: a parser-inserted inline script without the nonce.
    await page.route("**/sign-in", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>document.title = 'injected';</script></body>");
      await route.fulfill({ response, body: html });
    });
    const problems = watchForViolations(page);
    await page.goto("/sign-in");
    await expect
      .poll(() => problems.join("\n"))
      .toMatch(
        /inline script violates the following Content Security Policy directive 'script-src|Refused to execute inline script/,
      );
    await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    expect(await page.title()).not.toBe("injected");
  });

  test("only the console itself and the configured portal may frame it", async ({ page, request }) => {
    const portal = E2E.faultUpstreamOrigin;
    expectStrictCsp(await request.get(`${E2E.faultConsoleUrl}/sign-in`), "fault console", `'self' ${portal}`);
    const embed = (origin: string) =>
      `${origin}/__fault/embed?src=${encodeURIComponent(`${E2E.faultConsoleUrl}/sign-in`)}`;
    const heading = page.frameLocator("iframe").getByRole("heading", { name: "Sign in", level: 1 });

    await page.goto(embed(portal));
    await expect(heading).toBeVisible();

    // The same page on another origin (localhost rather than 127.0.0.1) is not on the list.
    const refused = page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()));
    await page.goto(embed(portal.replace("127.0.0.1", "localhost")));
    expect((await refused).text()).toMatch(
      /Framing '.*' violates the following Content Security Policy directive|Refused to frame/,
    );
    await expect(heading).toHaveCount(0);

    // The main console names no portal: only itself.
    expectStrictCsp(await request.get("/sign-in"), "main console", "'self'");
  });
});
