import { expect, test } from "@playwright/test";
import { DEMO, SIGN_IN_LANDING, signIn } from "./support/console";

test.describe("sign-in", () => {
  test("a portal link to a protected page survives the sign-in, query string included", async ({ page }) => {
    await page.goto("/monitors/new?name=Billing%20mailbox&email=billing%40example.com");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.getByRole("heading", { name: "This console is on the AlertSite sandbox" })).toBeVisible();

    // The demo admin button fills the form in; signing in stays the user's own click.
    await page.getByRole("button", { name: "Use the demo admin" }).click();
    await expect(page.getByLabel("AlertSite email")).toHaveValue(DEMO.email);
    await expect(page.getByLabel("Password")).toHaveValue(DEMO.password);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/monitors\/new\?name=Billing(%20|\+)mailbox&email=billing%40example\.com$/);
    await expect(page.getByRole("banner")).toContainText(`Signed in as ${DEMO.email}`);
    await expect(page.getByText("Sandbox: not the real AlertSite")).toBeVisible();
  });

  test("the home page goes to the monitor list", async ({ page }) => {
    await signIn(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/monitors$/);
  });

  test("a wrong password shows AlertSite's message inline and keeps the email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("AlertSite email").fill(DEMO.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "AlertSite did not accept that sign-in" });
    await expect(alert).toContainText("User authentication failed");
    await expect(alert).toBeFocused();
    await expect(page.getByLabel("AlertSite email")).toHaveValue(DEMO.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an empty form is stopped in the browser with a message beside each field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("AlertSite email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter the email address you sign in to AlertSite with.")).toBeVisible();
    await expect(page.getByText("Enter your AlertSite password.")).toBeVisible();
  });

  test("sign-out ends the session: protected pages ask for a sign-in again", async ({ page }) => {
    await signIn(page);
    await page.getByRole("button", { name: /^Signed in as / }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/monitors");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmonitors/);
  });

  for (const hostile of [
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
  ]) {
    test(`a return address of ${hostile} stays on this site`, async ({ page }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(hostile)}`);
      await page.getByLabel("AlertSite email").fill(DEMO.email);
      await page.getByLabel("Password").fill(DEMO.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/monitors$/, SIGN_IN_LANDING);
    });
  }
});
