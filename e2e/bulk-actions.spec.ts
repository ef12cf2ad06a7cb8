import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/console";
import { createSandboxMonitor } from "./support/sandbox-api";

// Bulk actions from the list: selecting (a page, everything matching, across pages and reloads),
// the preview of a change for each selected monitor, and running actions against the fake
// AlertSite. Each test makes its own monitors, tagged with the test, since other specs share the sandbox.

function uniqueTag(label: string): string {
  return `${label} ${test.info().testId.slice(-6)}${Date.now().toString(36)}`;
}

function toolbar(page: Page) {
  return page.getByRole("region", { name: "Selected monitors" });
}

/** The toolbar's count ("3 monitors selected"), announced as it changes. */
function selectedCount(page: Page) {
  return toolbar(page)
    .getByRole("status")
    .filter({ hasText: /selected/ });
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Search monitors" }).fill(text);
  await page.getByRole("searchbox", { name: "Search monitors" }).press("Enter");
}

test.describe("selecting monitors", () => {
  test("select all matching selects every page, and the selection survives paging, sorting and a reload", async ({
    page,
  }) => {
    test.slow();
    const tag = uniqueTag("Bulk select");
    for (let index = 1; index <= 53; index++)
      await createSandboxMonitor({ name: `${tag} ${String(index).padStart(2, "0")}` });
    await createSandboxMonitor({ name: "Unrelated bulk monitor" });

    await signIn(page);
    await search(page, tag);
    await expect(page.getByRole("status").filter({ hasText: /53 monitors match/ })).toBeVisible();
    await expect(selectedCount(page)).toHaveText("No monitors selected");

    await page.getByRole("checkbox", { name: `Select ${tag} 01` }).check();
    await expect(selectedCount(page)).toHaveText("1 monitor selected");
    await toolbar(page).getByRole("button", { name: "Select all 53 matching" }).click();
    await expect(selectedCount(page)).toHaveText("53 monitors selected");
    await expect(toolbar(page).getByRole("checkbox", { name: "Select this page" })).toBeChecked();

    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("checkbox", { name: `Select ${tag} 53` })).toBeChecked();
    await page.getByRole("checkbox", { name: `Select ${tag} 52` }).uncheck();
    await expect(selectedCount(page)).toHaveText("52 monitors selected");
    await expect(toolbar(page).getByRole("checkbox", { name: "Select this page" })).toHaveAttribute(
      "data-state",
      "indeterminate",
    );

    await page
      .getByRole("table", { name: /Round-trip email monitors/ })
      .getByRole("button", { name: /^ID/ })
      .click();
    await expect(selectedCount(page)).toHaveText("52 monitors selected");
    await page.reload();
    // The list loads again from AlertSite (the sandbox) first.
    await expect(selectedCount(page)).toHaveText("52 monitors selected", { timeout: 30_000 });
    await expect(page.getByRole("checkbox", { name: "Select Unrelated bulk monitor" })).toHaveCount(0);

    await toolbar(page).getByRole("button", { name: "Clear selection" }).click();
    await expect(selectedCount(page)).toHaveText("No monitors selected");
  });
});

test.describe("the preview", () => {
  test("flags a monitor whose time limit would no longer be shorter than its interval, and skips one already set", async ({
    page,
  }) => {
    const tag = uniqueTag("Bulk preview");
    await createSandboxMonitor({ name: `${tag} long limit`, interval: 15, timeout: 300 });
    await createSandboxMonitor({ name: `${tag} short limit`, interval: 15, timeout: 120 });
    await createSandboxMonitor({ name: `${tag} already`, interval: 5, timeout: 60 });

    await signIn(page);
    await search(page, tag);
    await toolbar(page).getByRole("checkbox", { name: "Select this page" }).check();
    await expect(selectedCount(page)).toHaveText("3 monitors selected");
    await toolbar(page).getByRole("link", { name: "Change fields" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Change fields on monitors" })).toBeVisible();
    await page.getByRole("checkbox", { name: "Change Run every" }).check();
    await page.getByRole("combobox", { name: "Run every" }).fill("5");
    await page.getByRole("button", { name: "Preview the changes" }).click();

    const flagged = page.getByRole("region", { name: /Left out: the change breaks a rule/ });
    await expect(flagged.getByRole("listitem").filter({ hasText: `${tag} long limit` })).toContainText(
      /Time limit.*shorter than/,
    );
    const changes = page.getByRole("region", { name: /Will change/ });
    await expect(changes.getByRole("listitem").filter({ hasText: `${tag} short limit` })).toContainText(
      "Run every: 15 minutes → 5 minutes",
    );
    await expect(page.getByRole("region", { name: /Skipped/ })).toContainText(`${tag} already`);
    await expect(page.getByRole("button", { name: "Change 1 monitor" })).toBeEnabled();

    // Leaving the one change out leaves nothing to start.
    await page.getByRole("checkbox", { name: `Include ${tag} short limit` }).uncheck();
    await expect(page.getByRole("button", { name: "Change 0 monitors" })).toBeDisabled();
  });
});
