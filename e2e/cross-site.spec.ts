import { expect, test } from "@playwright/test";
import { openCreateFormOnFaultConsole, upstreamCreates } from "./support/fault-console";
import { startHostileSite } from "./support/hostile-site";
import { REQUIRED_VALUES } from "./support/monitor-form";
import { E2E } from "./support/ports";

// Cross-site requests against the state-changing routes, on the fault console (whose fake AlertSite
// counts creates by name, so "nothing reached AlertSite" is checked where it matters).

const CREATE_URL = `${E2E.faultConsoleUrl}/api/monitors`;
const EVIL = "http://evil.example";

function monitor(name: string): string {
  return JSON.stringify({ ...REQUIRED_VALUES, name });
}

test.describe("cross-site requests", () => {
  test("with the user's own session cookie, only a same-origin JSON request creates a monitor", async ({ page }) => {
    await openCreateFormOnFaultConsole(page);
    const id = test.info().testId;
    const attempts: { label: string; headers: Record<string, string>; status: number }[] = [
      { label: "another site's Origin", headers: { Origin: EVIL, "Content-Type": "application/json" }, status: 403 },
      { label: "Origin null", headers: { Origin: "null", "Content-Type": "application/json" }, status: 403 },
      {
        label: "Sec-Fetch-Site cross-site",
        headers: { "Sec-Fetch-Site": "cross-site", "Content-Type": "application/json" },
        status: 403,
      },
      {
        label: "a form body",
        headers: { Origin: E2E.faultConsoleUrl, "Content-Type": "application/x-www-form-urlencoded" },
        status: 415,
      },
      { label: "a text body", headers: { Origin: E2E.faultConsoleUrl, "Content-Type": "text/plain" }, status: 415 },
    ];
    for (const attempt of attempts) {
      const name = `Cross-site ${attempt.label} ${id}`;
      // page.request carries the browser context's cookies: the session is valid, only the origin is wrong.
      const response = await page.request.post(CREATE_URL, { headers: attempt.headers, data: monitor(name) });
      expect(response.status(), attempt.label).toBe(attempt.status);
      const body: unknown = await response.json();
      expect(body, attempt.label).toMatchObject({ errors: [{ code: attempt.status }] });
      expect(await upstreamCreates(name), attempt.label).toBe(0);
    }

    const name = `Same-origin control ${id}`;
    const response = await page.request.post(CREATE_URL, {
      headers: { Origin: E2E.faultConsoleUrl, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/json" },
      data: monitor(name),
    });
    expect(response.status()).toBe(200);
    expect(await upstreamCreates(name)).toBe(1);
  });

  // A sibling app on another port of the same host is same-site: the browser sends the Lax session
  // cookie along, so only the Origin check stands between it and a new monitor. A foreign site gets
  // no cookie at all and is refused all the same.
  for (const kind of ["same-site", "cross-site"] as const) {
    test(`a ${kind} page can neither post a form nor fetch its way to a create`, async ({ page }) => {
      await openCreateFormOnFaultConsole(page);
      const formName = `Hostile form ${test.info().testId}`;
      const fetchName = `Hostile fetch ${test.info().testId}`;
      const site = await startHostileSite(`<!DOCTYPE html><html><body>
        <form method="POST" action="${CREATE_URL}" enctype="text/plain">
          <input type="hidden" name="payload" value="${monitor(formName).replace(/"/g, "&quot;")}">
          <button>Win a prize</button>
        </form>
        <button onclick='fetch(${JSON.stringify(CREATE_URL)}, { method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": "text/plain" }, body: ${JSON.stringify(monitor(fetchName))} })'>Claim</button>
      </body></html>`);
      try {
        await page.goto(`${kind === "same-site" ? site.sameSiteOrigin : site.crossSiteOrigin}/prize`);

        const fetched = page.waitForResponse(CREATE_URL);
        await page.getByRole("button", { name: "Claim" }).click();
        expect((await fetched).status()).toBe(403);

        const posted = page.waitForResponse(CREATE_URL);
        await page.getByRole("button", { name: "Win a prize" }).click();
        expect((await posted).status()).toBe(403);
        await expect(page.getByText("This request came from another site, so the console refused it.")).toBeVisible();
      } finally {
        await site.close();
      }
      expect(await upstreamCreates(formName)).toBe(0);
      expect(await upstreamCreates(fetchName)).toBe(0);
    });
  }

  test("the session cookie is httpOnly and SameSite=Lax (Secure over https: see lib/auth/next-auth-flow.test.ts)", async ({
    page,
    context,
  }) => {
    await openCreateFormOnFaultConsole(page);
    const session = (await context.cookies(E2E.faultConsoleUrl)).find((cookie) =>
      cookie.name.endsWith("next-auth.session-token"),
    );
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
    expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  });
});
