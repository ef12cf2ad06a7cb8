import { expect, type Page, test } from "@playwright/test";
import { READ_ONLY, signIn } from "./support/console";
import { MonitorForm } from "./support/monitor-form";
import { createSandboxMonitor } from "./support/sandbox-api";

// A user whose AlertSite role may only view monitors is told so before typing, and offered no
// action AlertSite would refuse, once AlertSite has said so: a refused save, or a list in which
// every monitor says access_type "View". Without such a sign the console guesses nothing.

const NOTICE = "Your AlertSite role can only view monitors.";

function notice(page: Page) {
  return page.getByRole("note").filter({ hasText: NOTICE });
}

test.describe("a read-only AlertSite user", () => {
  test("after one refused save, create and edit say so at the top and offer no submit", async ({ page }) => {
    const id = await createSandboxMonitor({ name: "Viewed, not changed" });
    await signIn(page, READ_ONLY, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    // Nothing said yet: nothing guessed.
    await expect(notice(page)).toHaveCount(0);
    const form = new MonitorForm(page);
    await form.fillRequired({ name: "Read-only attempt" });
    await page.getByRole("button", { name: "Create monitor" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "AlertSite did not create the monitor" });
    await expect(alert).toContainText("Your AlertSite role can't create or change monitors.");
    await expect(alert).toContainText("AlertSite said: Permission denied");
    // The refusal is one message, not the console's sentence and AlertSite's as two.
    await expect(alert.getByRole("listitem")).toHaveCount(1);
    await expect(notice(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Create monitor" })).toHaveCount(0);

    await page.reload();
    await expect(notice(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Create monitor" })).toHaveCount(0);

    await page.goto(`/monitors/${id}/edit`);
    await expect(page.getByRole("heading", { name: `Edit monitor ${id}: Viewed, not changed` })).toBeVisible();
    await expect(notice(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(form.field("name")).toBeDisabled();
  });

  test("the list says so when every monitor AlertSite lists says View, and offers no New monitor or Clone", async ({
    page,
  }) => {
    await createSandboxMonitor({ name: "Listed for a viewer" });
    await signIn(page, READ_ONLY);
    await expect(page.getByRole("table", { name: /Round-trip email monitors/ })).toBeVisible();
    await expect(notice(page)).toBeVisible();
    await expect(page.getByRole("link", { name: "New monitor" })).toHaveCount(0);
    // Clone links open the create form from a monitor (a monitor may itself be named "Clone …").
    await expect(page.locator('a[href*="/monitors/new?from="]')).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Pause|Resume) / })).toHaveCount(0);

    // The list's sign is remembered for the session: the create form knows before anything is typed.
    await page.goto("/monitors/new");
    await expect(notice(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Create monitor" })).toHaveCount(0);
  });
});
