import { expect, test } from "@playwright/test";
import { DEMO, SIGN_IN_LANDING } from "./support/console";
import { alertSiteTokenFromSession } from "./support/session-cookie";

test("the AlertSite token never reaches the browser: not in HTML, scripts, JSON or script-readable cookies", async ({
  page,
  context,
}) => {
  const bodies: { url: string; body: string; headers: string }[] = [];
  page.on("response", async (response) => {
    const headers = JSON.stringify(await response.allHeaders());
    const body = await response.text().catch(() => "");
    bodies.push({ url: response.url(), body, headers });
  });

  await page.goto("/sign-in?callbackUrl=%2Fmonitors");
  await page.getByLabel("AlertSite email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/monitors$/, SIGN_IN_LANDING);
  const token = await alertSiteTokenFromSession(context);

  // Visit every page and the session endpoint the browser may call.
  for (const path of ["/monitors", "/monitors/new", "/monitors/123456/edit", "/api/auth/session", "/api/monitors"]) {
    await page.goto(path);
  }
  await page.waitForLoadState("networkidle");

  expect(bodies.length).toBeGreaterThan(10);
  for (const { url, body, headers } of bodies) {
    expect(body, `body of ${url}`).not.toContain(token);
    expect(headers, `headers of ${url}`).not.toContain(token);
  }
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});
