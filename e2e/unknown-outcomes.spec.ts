import { expect, test } from "@playwright/test";
import { faultName } from "./support/fault-scenarios";
import { openCreateFormOnFaultConsole, upstreamCreates } from "./support/fault-console";
import { MonitorForm } from "./support/monitor-form";
import { E2E } from "./support/ports";

// When AlertSite's answer to a write is lost, the console looks before it answers and tells the
// user what it found, never "it may have been saved". The fault console gives up after
// E2E.faultTimeoutMs; `[fault:late]` creates are made at once but answered after that, `[fault:hang]`
// ones never answered nor made, and edits of a `[fault:late-edit]` monitor applied but answered late.

test.describe("a write whose answer is lost", () => {
  test.setTimeout(60_000);

  test("made but answered too late: the create form says it was created, with its number and links", async ({
    page,
  }) => {
    await openCreateFormOnFaultConsole(page);
    const form = new MonitorForm(page);
    const name = faultName("late", `made ${test.info().testId}`);
    await form.fillRequired({ name });
    await page.getByRole("button", { name: "Create monitor" }).click();

    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible({ timeout: 30_000 });
    const id =
      (await page
        .getByRole("status", { name: "New monitor ID" })
        .or(page.getByLabel("New monitor ID"))
        .textContent()) ?? "";
    expect(id).toMatch(/^\d+$/);
    await expect(
      page.getByText(
        `AlertSite took longer to answer than the console waits, so the console looked in your AlertSite account: it was created, as monitor ${id}.`,
      ),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit this monitor" })).toHaveAttribute("href", `/monitors/${id}/edit`);
    await expect(page.getByRole("link", { name: "Open the list filtered to it" })).toHaveAttribute(
      "href",
      `/monitors?${new URLSearchParams({ q: name }).toString()}`,
    );
    expect(await upstreamCreates(name)).toBe(1);
  });

  test("not made and never answered: the form says it was not created and that trying again is safe", async ({
    page,
  }) => {
    await openCreateFormOnFaultConsole(page);
    const form = new MonitorForm(page);
    const name = faultName("hang", `not made ${test.info().testId}`);
    await form.fillRequired({ name });
    await page.getByRole("button", { name: "Create monitor" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "AlertSite did not create the monitor" });
    await expect(alert).toContainText("It was not created: it is safe to try again.", { timeout: 30_000 });
    await expect(alert).toContainText(`AlertSite did not answer within ${E2E.faultTimeoutMs / 1000} seconds.`);
    await expect(alert).not.toContainText("may still have been saved");
    await expect(form.field("name")).toHaveValue(name);
    await expect(page.getByRole("button", { name: "Create monitor" })).toBeEnabled();
  });

  test("an edit applied but answered too late: the edit form says the change was saved", async ({ page }) => {
    await openCreateFormOnFaultConsole(page);
    const form = new MonitorForm(page);
    const name = faultName("late-edit", `edited ${test.info().testId}`);
    await form.fillRequired({ name });
    await page.getByRole("button", { name: "Create monitor" }).click();
    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
    await page.getByRole("link", { name: "Edit this monitor" }).click();

    await expect(page.getByRole("heading", { name: /^Edit monitor \d+:/ })).toBeVisible();
    const renamed = `${name} renamed`;
    await form.field("name").fill(renamed);
    await page.getByRole("button", { name: "Save changes" }).click();

    const saved = page.getByRole("status").filter({ hasText: /^Saved: Monitor name/ });
    await expect(saved).toBeVisible({ timeout: 30_000 });
    await expect(saved).toContainText(/AlertSite updated monitor \d+/);
    await expect(saved).toContainText(
      "AlertSite took longer to answer than the console waits, so the console read the monitor again: your change was saved.",
    );
    await expect(form.field("name")).toHaveValue(renamed);
  });
});
