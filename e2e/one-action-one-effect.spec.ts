import { expect, type Page, test } from "@playwright/test";
import { faultName } from "./support/fault-scenarios";
import { openCreateFormOnFaultConsole, releaseHeldCreate, upstreamCreates } from "./support/fault-console";
import { MonitorForm } from "./support/monitor-form";

// One action, one effect: however many times the user (or the page) asks while a create is on its
// way, AlertSite receives it once. The fault upstream holds `[fault:hold]` creates until released,
// so the repeats are sure to arrive while the first is pending.

function createButton(page: Page) {
  return page.getByRole("button", { name: /Create monitor|Creating monitor…/ });
}

async function expectPending(page: Page): Promise<void> {
  await expect(createButton(page)).toHaveAttribute("aria-busy", "true");
  await expect(createButton(page)).toHaveText("Creating monitor…");
}

test.describe("one create per action", () => {
  test("a double Enter in a field makes one monitor", async ({ page }) => {
    await openCreateFormOnFaultConsole(page);
    const form = new MonitorForm(page);
    const writes = form.countWrites();
    const name = faultName("hold", `double Enter ${test.info().testId}`);
    await form.fillRequired({ name });

    await form.field("name").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expectPending(page);
    await releaseHeldCreate(name);

    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
    expect(writes.count).toBe(1);
    expect(await upstreamCreates(name)).toBe(1);
  });

  test("clicking again, pressing Enter again or submitting again while the create is pending sends nothing more", async ({
    page,
  }) => {
    await openCreateFormOnFaultConsole(page);
    const form = new MonitorForm(page);
    const writes = form.countWrites();
    const name = faultName("hold", `retry while pending ${test.info().testId}`);
    await form.fillRequired({ name });

    await createButton(page).click();
    await expectPending(page);
    // The button and the fields are disabled now; a forced click, an Enter and a scripted submit
    // stand for every other way a second submit could still arrive.
    await createButton(page).click({ force: true });
    await page.keyboard.press("Enter");
    await page.getByRole("form", { name: "New round-trip email monitor" }).evaluate((element) => {
      if (element instanceof HTMLFormElement) element.requestSubmit();
    });
    await expectPending(page);
    expect(writes.count).toBe(1);
    await releaseHeldCreate(name);

    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
    expect(writes.count).toBe(1);
    expect(await upstreamCreates(name)).toBe(1);
  });
});
