import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/console";
import { createFaultMonitor, signInToFaultConsole, upstreamChanges } from "./support/fault-console";
import { FAULT_USER, PATCH_REFUSAL, patchFaultName } from "./support/fault-scenarios";
import { createSandboxMonitor, deleteSandboxMonitorsNamed } from "./support/sandbox-api";

// Bulk actions from the list: selecting (a page, everything matching, across pages and reloads),
// the preview of a change for each selected monitor, and running actions against the fake
// AlertSite. Each test makes its own monitors, tagged with the test, since other specs share the sandbox.

const tagsMade: string[] = [];

function uniqueTag(label: string): string {
  const tag = `${label} ${test.info().testId.slice(-6)}${Date.now().toString(36)}`;
  tagsMade.push(tag);
  return tag;
}

// Tests here make dozens of monitors: they go afterwards, so the list specs still find the seeds on the first page.
test.afterEach(async () => {
  for (const tag of tagsMade.splice(0)) await deleteSandboxMonitorsNamed(tag);
});

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

test.describe("running bulk actions on the fault AlertSite", () => {
  test.setTimeout(120_000);

  /** Selects the monitors named with `tag` in the fault console's list and opens `action`'s page. */
  async function selectAndOpen(page: Page, tag: string, action: string): Promise<void> {
    await search(page, tag);
    await toolbar(page).getByRole("checkbox", { name: "Select this page" }).check();
    await toolbar(page).getByRole("link", { name: action }).click();
  }

  function itemRow(page: Page, name: string) {
    return page
      .getByRole("region", { name: "Each monitor" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name, exact: true }) });
  }

  test("pausing two monitors sends exactly two PATCHes of enabled: false, and a reload sends nothing", async ({
    page,
  }) => {
    const tag = uniqueTag("Bulk pause");
    const ids = [await createFaultMonitor(`${tag} a`), await createFaultMonitor(`${tag} b`)];
    await signInToFaultConsole(page, FAULT_USER.email);
    await selectAndOpen(page, tag, "Pause");

    await expect(page.getByRole("heading", { level: 1, name: "Pause monitors" })).toBeVisible();
    await page.getByRole("button", { name: "Pause 2 monitors" }).dblclick();
    await expect(page).toHaveURL(/\/monitors\/bulk\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("status").filter({ hasText: "2 of 2 done" })).toBeVisible({ timeout: 30_000 });
    await expect(itemRow(page, `${tag} a`)).toContainText("Done");
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "2 of 2 done" })).toBeVisible();

    const { patches } = await upstreamChanges(ids);
    expect([...patches].sort((a, b) => a.id - b.id)).toEqual(
      ids.map((id) => ({ id: Number(id), body: { enabled: false } })),
    );
  });

  test("a time limit change AlertSite refuses for one monitor shows per-row results; Retry the failed ones re-sends only it", async ({
    page,
  }) => {
    const tag = uniqueTag("Bulk limit");
    const refused = patchFaultName("patch-500-once", `${tag} refused`);
    const ids = [
      await createFaultMonitor(`${tag} one`),
      await createFaultMonitor(refused),
      await createFaultMonitor(`${tag} three`),
    ];
    await signInToFaultConsole(page, FAULT_USER.email);
    await selectAndOpen(page, tag, "Change fields");
    await page.getByRole("checkbox", { name: "Change Time limit (seconds)" }).check();
    await page.getByRole("textbox", { name: "Time limit (seconds)" }).fill("90");
    await page.getByRole("button", { name: "Preview the changes" }).click();
    await expect(page.getByRole("region", { name: /Will change \(3\)/ })).toContainText("Time limit (seconds)");
    await page.getByRole("button", { name: "Change 3 monitors" }).click();

    await expect(page.getByRole("status").filter({ hasText: "2 of 3 done, 1 failed" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(itemRow(page, refused)).toContainText("Failed");
    await expect(itemRow(page, refused)).toContainText(`AlertSite said: ${PATCH_REFUSAL}`);
    await expect(itemRow(page, `${tag} one`)).toContainText("Done");

    await page.getByRole("button", { name: /Retry the failed ones/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "3 of 3 done" })).toBeVisible({ timeout: 30_000 });
    await expect(itemRow(page, refused)).toContainText("Done");
    const { patches } = await upstreamChanges(ids);
    expect(patches.map((patch) => String(patch.id)).sort()).toEqual([ids[0], ids[1], ids[1], ids[2]].sort());
    expect(patches.every((patch) => JSON.stringify(patch.body) === '{"timeout":90}')).toBe(true);
  });

  test("a 429 with Retry-After is waited out and the run finishes done", async ({ page }) => {
    const tag = uniqueTag("Bulk slow");
    const limited = patchFaultName("patch-429-once", `${tag} limited`);
    const ids = [await createFaultMonitor(limited), await createFaultMonitor(`${tag} other`)];
    await signInToFaultConsole(page, FAULT_USER.email);
    await selectAndOpen(page, tag, "Pause");
    await page.getByRole("button", { name: "Pause 2 monitors" }).click();

    await expect(page.getByRole("status").filter({ hasText: "2 of 2 done" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("Finished: all 2 monitors done.")).toBeVisible();
    const { patches } = await upstreamChanges(ids);
    expect(patches.filter((patch) => String(patch.id) === ids[0])).toHaveLength(2);
  });
});
