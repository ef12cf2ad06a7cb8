import { expect, type Page, test } from "@playwright/test";
import { DEMO, SIGN_IN_LANDING, signIn } from "./support/console";
import { MonitorForm } from "./support/monitor-form";
import { createSandboxMonitor } from "./support/sandbox-api";
import { expireSandboxSession } from "./support/sandbox";

// The pages around the monitors themselves: the branded 404s, and the edit page rendered on the
// server from what AlertSite has (including when AlertSite refuses the session).

function consoleHeader(page: Page) {
  return page.getByRole("banner");
}

/** The page's HTML as the server sends it, with React's text separators taken out. */
async function serverHtml(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return (await response.text()).replaceAll("<!-- -->", "");
}

test.describe("pages that are not there", () => {
  test("an unknown address while signed in shows the console's 404 with its header and a way back", async ({
    page,
  }) => {
    await signIn(page);
    const response = await page.goto("/no-such-page/at-all");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    const account = consoleHeader(page).getByRole("button", { name: /^Signed in as / });
    await account.click();
    await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
    await page.keyboard.press("Escape");

    await page.getByRole("link", { name: "Back to all monitors" }).click();
    await expect(page).toHaveURL(/\/monitors$/);
    await expect(page.getByRole("heading", { name: "Round-trip email monitors" })).toBeVisible();
  });

  test("a malformed monitor id shows the monitor's not-found page inside the console, never repeating the URL", async ({
    page,
  }) => {
    await signIn(page);
    const planted = "Your account is locked. Call +1 555 0100";
    for (const id of ["abc", "0", "1e3", encodeURIComponent(planted)]) {
      await page.goto(`/monitors/${id}/edit`);
      await expect(page.getByRole("heading", { name: "This monitor was not found" })).toBeVisible();
      await expect(page.getByRole("main")).not.toContainText("Call +1 555");
      await expect(consoleHeader(page)).toContainText(`Signed in as ${DEMO.email}`);
      await expect(page.getByRole("link", { name: "Back to all monitors" })).toBeVisible();
    }
  });
});

test.describe("the edit page", () => {
  test("arrives with the monitor's name in its heading and its form filled, straight from the server", async ({
    page,
  }) => {
    const name = `Server rendered ${test.info().testId}`;
    const id = await createSandboxMonitor({ name, note: "In the first answer" });
    await signIn(page);
    let browserReads = 0;
    page.on("request", (request) => {
      if (request.method() === "GET" && new URL(request.url()).pathname === `/api/monitors/${id}`) browserReads += 1;
    });

    const html = await serverHtml(page, `/monitors/${id}/edit`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>Edit monitor ${id}: ${name}</h1>`));
    expect(html).toContain("In the first answer");

    await page.goto(`/monitors/${id}/edit`);
    await expect(page.getByRole("heading", { name: `Edit monitor ${id}: ${name}` })).toBeVisible();
    await expect(new MonitorForm(page).field("name")).toHaveValue(name);
    expect(browserReads).toBe(0);
  });

  test("when AlertSite has ended the session, it says so and signing in again comes back to the form", async ({
    page,
  }) => {
    const name = `Session ends ${test.info().testId}`;
    const id = await createSandboxMonitor({ name });
    await signIn(page);
    await expireSandboxSession(page.context());

    await page.goto(`/monitors/${id}/edit`);
    const alert = page.getByRole("alert").filter({ hasText: "Your AlertSite session has ended" });
    await expect(alert).toContainText("Sign in again to carry on");
    await alert.getByRole("button", { name: "Sign in again" }).click();

    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fmonitors%2F${id}%2Fedit&reason=session-ended$`));
    await expect(page.getByText("Your session ended. Sign in again to carry on where you were.")).toBeVisible();
    await page.getByLabel("AlertSite email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/monitors/${id}/edit$`), SIGN_IN_LANDING);
    await expect(page.getByRole("heading", { name: `Edit monitor ${id}: ${name}` })).toBeVisible();
  });
});
