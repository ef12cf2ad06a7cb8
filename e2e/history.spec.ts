import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { DEMO, signIn } from "./support/console";
import { MonitorForm } from "./support/monitor-form";
import { createSandboxMonitor } from "./support/sandbox-api";

// The history as support staff read it: a change made through the console appears on the monitor's
// page and on /activity (filtered, at its own address, in the CSV), and can be undone from there.
// Each test makes its own monitor, named after the test, since other specs share the sandbox.

function uniqueName(label: string): string {
  return `${label} ${test.info().testId.slice(-8)}-${Date.now().toString(36)}`;
}

function historyOf(page: Page) {
  return page.getByRole("region", { name: "History" });
}

/** The newest entry in a list of changes. */
function newestEntry(page: Page) {
  return page.getByRole("list", { name: "Changes, newest first" }).locator(":scope > li").first();
}

function patchBodies(page: Page): unknown[] {
  const bodies: unknown[] = [];
  page.on("request", (request) => {
    if (request.method() === "PATCH" && request.url().includes("/api/monitors/")) bodies.push(request.postDataJSON());
  });
  return bodies;
}

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test.describe("the history of changes", () => {
  test("an edit is on the monitor page and /activity, filtered, at its own address, in the CSV, and can be undone", async ({
    page,
  }) => {
    // The longest walk in the suite: nine pages, a download and two saves.
    test.slow();
    const name = uniqueName("History edit");
    const id = await createSandboxMonitor({ name, interval: 60 });
    await signIn(page, DEMO, { from: `/monitors/${id}/edit`, expectPath: new RegExp(`/monitors/${id}/edit$`) });
    const form = new MonitorForm(page);
    await form.openGroup("Schedule");
    await form.field("interval").fill("30");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Saved: Run every 60 minutes → 30 minutes" }),
    ).toBeVisible();

    // The monitor's page: who changed what, in the form's words, and that it was done.
    await page.goto(`/monitors/${id}`);
    const sentence = "demo@example.com changed Run every from 60 minutes to 30 minutes";
    await expect(newestEntry(page)).toContainText(sentence);
    await expect(newestEntry(page)).toContainText("Done");
    await expect(newestEntry(page).locator("time")).toHaveAttribute("title", /\d{4}/);

    // /activity, narrowed by action and by person; every filter is in the address.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    await chooseOption(page, "Action", "Changed settings");
    await expect(page).toHaveURL(/action=edit/);
    await chooseOption(page, "Person", DEMO.email);
    await expect(page).toHaveURL(/person=demo%40example\.com/);
    await page.getByRole("searchbox", { name: "Search" }).fill(name);
    await page.getByRole("searchbox", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(/q=History/);
    await expect(page.getByRole("heading", { name: "1 change match these filters" })).toBeVisible();
    await expect(newestEntry(page)).toContainText(sentence);
    await expect(newestEntry(page).getByRole("link", { name: `${name} (${id})` })).toHaveAttribute(
      "href",
      `/monitors/${id}`,
    );
    // A pause filter leaves it out.
    await chooseOption(page, "Action", "Paused monitoring");
    await expect(page.getByText("No change matches these filters.")).toBeVisible();
    await page.goBack();
    await expect(newestEntry(page)).toContainText(sentence);

    // The CSV of the current filter.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    const rows = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(rows[0]).toBe(
      "Time (UTC),Person,Action,Monitor ID,Monitor name,What happened,Changes,Outcome,Message,Entry ID",
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`demo@example.com,Changed settings,${id},${name},${sentence}`);
    expect(rows[1]).toContain("Run every: 60 minutes → 30 minutes,Done");

    // Its own address, with a way to its monitor.
    await newestEntry(page)
      .getByRole("link", { name: /^Details/ })
      .click();
    await expect(page).toHaveURL(/\/activity\/[0-9a-f-]{36}$/);
    const entryUrl = page.url();
    await expect(page.getByRole("heading", { level: 1, name: sentence })).toBeVisible();
    await expect(page.getByRole("link", { name: "Open the monitor" })).toHaveAttribute("href", `/monitors/${id}`);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: sentence })).toBeVisible();

    // Undo: the form shows the old value and what Save will send; saving sends just that.
    const bodies = patchBodies(page);
    await page.getByRole("link", { name: "Undo this change" }).click();
    await expect(page).toHaveURL(new RegExp(`/monitors/${id}/edit\\?undo=`));
    await expect(page.getByRole("status").filter({ hasText: "Undoing a change" })).toContainText(sentence);
    await expect(form.field("interval")).toHaveValue("60");
    const summary = page.getByRole("region", { name: "What Save will change" });
    await expect(summary).toContainText("Run every");
    await expect(summary).toContainText("30 minutes");
    await expect(summary).toContainText("60 minutes");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Saved: Run every 30 minutes → 60 minutes" }),
    ).toBeVisible();
    expect(bodies).toEqual([{ interval: 60 }]);
    // The address no longer names the undone change: a reload shows the form as it is now, not "nothing to undo".
    await expect(page).toHaveURL(new RegExp(`/monitors/${id}/edit$`));
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: `Edit monitor ${id}: ${name}` })).toBeVisible();
    await expect(form.field("interval")).toHaveValue("60");
    await expect(page.getByText("Undoing a change")).toHaveCount(0);
    await expect(page.getByText(/nothing to undo/)).toHaveCount(0);

    // The undo is recorded like any change.
    await page.goto(`/monitors/${id}`);
    await expect(newestEntry(page)).toContainText("demo@example.com changed Run every from 30 minutes to 60 minutes");
    await expect(
      historyOf(page).getByRole("list", { name: "Changes, newest first" }).locator(":scope > li"),
    ).toHaveCount(2);
    expect(entryUrl).toMatch(/\/activity\//);
  });

  test("a test now is in the history with its result, once the monitor page has seen it", async ({ page }) => {
    const name = uniqueName("History test now");
    // The sandbox's mailbox at timeout.example never receives the message: the test fails.
    const id = await createSandboxMonitor({ name, email: "nobody@timeout.example" });
    await signIn(page, DEMO, { from: `/monitors/${id}`, expectPath: new RegExp(`/monitors/${id}$`) });
    const card = page.getByRole("region", { name: "Test now" });
    await card.getByRole("button", { name: "Test now" }).click();
    await expect(newestEntry(page)).toContainText("demo@example.com ran a test");
    await expect(card).toContainText("Test failed", { timeout: 30_000 });

    await expect(newestEntry(page)).toContainText(
      /Test \d+ failed: test message not received in time\. AlertSite said: status 2, /,
    );

    // The entry's own page says the same, also when read again from the database.
    await newestEntry(page)
      .getByRole("link", { name: /^Details/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "demo@example.com ran a test" })).toBeVisible();
    const result = /AlertSite started the test\.\s*Test \d+ failed: test message not received in time\./;
    await expect(page.getByRole("region", { name: "The change" })).toContainText(result);
    await page.reload();
    await expect(page.getByRole("region", { name: "The change" })).toContainText(result);
  });

  test("a pause reads as one, and a password change says it cannot be undone", async ({ page }) => {
    const name = uniqueName("History pause");
    const id = await createSandboxMonitor({ name });
    await signIn(page, DEMO, { from: `/monitors/${id}`, expectPath: new RegExp(`/monitors/${id}$`) });
    await page.getByRole("button", { name: `Pause ${name}` }).click();
    await expect(page.getByRole("button", { name: `Resume ${name}` })).toBeVisible();
    await expect(newestEntry(page)).toContainText("demo@example.com paused monitoring");
    await expect(newestEntry(page).getByRole("link", { name: "Undo this change" })).toHaveAttribute(
      "href",
      /\/edit\?undo=/,
    );

    await page.goto(`/monitors/${id}/edit`);
    const form = new MonitorForm(page);
    await form.openGroup("Mailbox login");
    await form.field("email_password").fill("a-brand-new-secret");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

    await page.goto(`/monitors/${id}`);
    await expect(newestEntry(page)).toContainText("demo@example.com changed the mailbox password");
    await expect(newestEntry(page)).toContainText("A mailbox password change cannot be undone");
    await expect(newestEntry(page).getByRole("link", { name: "Undo this change" })).toHaveCount(0);
    await expect(historyOf(page)).not.toContainText("a-brand-new-secret");
  });
});
