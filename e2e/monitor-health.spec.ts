import { expect, type Page, type Request, test } from "@playwright/test";
import { DEMO, signIn } from "./support/console";
import { createSandboxMonitor, deleteSandboxMonitor } from "./support/sandbox-api";

// The sandbox decides a monitor's state by rule: a mailbox or server under `.invalid` does not
// resolve (status 51), a mailbox at `timeout.example` never receives the message (status 2), a
// disabled monitor is paused, anything else is OK. Tests on demand end by the same rules.
// Each test makes its own monitors, named after the test, since other specs share the sandbox.

const FAILING_REASON = "test message not received in time";

function uniqueName(label: string): string {
  return `${label} ${test.info().testId.slice(-8)}-${Date.now().toString(36)}`;
}

function monitorTable(page: Page) {
  return page.getByRole("table", { name: /Round-trip email monitors/ });
}

function monitorRow(page: Page, name: string) {
  return monitorTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

/** Requests the page sends to the console's API with `method`, with their JSON bodies. */
function apiRequests(page: Page, method: string, path: RegExp): { url: string; body: unknown }[] {
  const seen: { url: string; body: unknown }[] = [];
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (request.method() === method && path.test(url.pathname))
      seen.push({ url: url.pathname, body: request.postData() ? request.postDataJSON() : undefined });
  });
  return seen;
}

async function openMonitorPage(page: Page, id: string, name: string): Promise<void> {
  await signIn(page, DEMO, { from: `/monitors/${id}`, expectPath: new RegExp(`/monitors/${id}$`) });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test.describe("monitor health in the list", () => {
  test("a failing monitor shows why, and the Failing filter and state sort find it", async ({ page }) => {
    const tag = uniqueName("Health list");
    const failing = `${tag} failing`;
    const healthy = `${tag} healthy`;
    await createSandboxMonitor({ name: failing, email: "nobody@timeout.example" });
    await createSandboxMonitor({ name: healthy });

    await signIn(page);
    await page.getByRole("searchbox", { name: "Search monitors" }).fill(tag);
    await expect(monitorRow(page, failing)).toContainText("Failing");
    await expect(monitorRow(page, failing)).toContainText(FAILING_REASON);
    const checked = monitorRow(page, failing).locator("time");
    await expect(checked).toHaveText(/^(just now|\d+ min ago)$/);
    await expect(checked).toHaveAttribute("title", /\d{4}/);
    await expect(monitorRow(page, healthy)).toContainText("OK");

    // Counts over the whole account, each a shortcut to its filter.
    const counts = page.getByRole("region", { name: "Monitors by state" });
    await expect(counts.getByRole("button", { name: /^\d+ failing$/ })).toBeVisible();
    await expect(counts.getByRole("button", { name: /^\d+ OK$/ })).toBeVisible();

    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Failing only" }).click();
    await expect(page).toHaveURL(/status=failing/);
    await expect(monitorRow(page, failing)).toBeVisible();
    await expect(monitorRow(page, healthy)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveText("Failing only");
    await expect(monitorRow(page, failing)).toBeVisible();
    await expect(monitorRow(page, healthy)).toHaveCount(0);
    await expect(counts.getByRole("button", { name: /^\d+ failing$/ })).toHaveAttribute("aria-pressed", "true");

    // Pressing the pressed count shows every state again; sorting by state puts failing first.
    await counts.getByRole("button", { name: /^\d+ failing$/ }).click();
    await expect(monitorRow(page, healthy)).toBeVisible();
    await monitorTable(page).getByRole("columnheader", { name: "Status" }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=status/);
    await expect(monitorTable(page).getByRole("rowheader")).toHaveText([failing, healthy]);
  });

  test("pause then resume from the row sends only `enabled`, and the row follows", async ({ page }) => {
    const name = uniqueName("Health pause");
    await createSandboxMonitor({ name });
    const patches = apiRequests(page, "PATCH", /^\/api\/monitors\/\d+$/);

    await signIn(page);
    await page.getByRole("searchbox", { name: "Search monitors" }).fill(name);
    const row = monitorRow(page, name);
    await expect(row).toContainText("OK");

    await row.getByRole("button", { name: `Pause ${name}` }).click();
    await expect(row.getByRole("button", { name: `Resume ${name}` })).toBeVisible();
    await expect(row).toContainText("Paused");

    await row.getByRole("button", { name: `Resume ${name}` }).click();
    await expect(row.getByRole("button", { name: `Pause ${name}` })).toBeVisible();
    await expect(row).not.toContainText("Paused");

    expect(patches.map((patch) => patch.body)).toEqual([{ enabled: false }, { enabled: true }]);
  });
});

test.describe("the monitor page", () => {
  test("explains a failing monitor: AlertSite's code beside the plain words and the fix", async ({ page }) => {
    const name = uniqueName("Health unresolved");
    const id = await createSandboxMonitor({
      name,
      smtp_hostname: "smtp://smtp.nowhere.invalid:25",
      email_password: "never-shown-PASSWORD",
    });
    await signIn(page);
    await page.getByRole("searchbox", { name: "Search monitors" }).fill(name);
    await monitorTable(page).getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/monitors/${id}$`));

    const header = page.getByRole("main").locator("header");
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(header).toContainText("Failing");
    await expect(header).toContainText(`ID ${id}`);

    const status = page.getByRole("region", { name: "Status by location" });
    await expect(status).toContainText("Status 51");
    await expect(status).toContainText("Unable to resolve IP");
    await expect(status).toContainText("What to check");
    await expect(status).toContainText(/server names/);

    const settings = page.getByRole("region", { name: "Settings" });
    await expect(settings).toContainText("smtp://smtp.nowhere.invalid:25");
    await expect(settings).toContainText("Test mailbox address");
    await expect(settings).not.toContainText("never-shown-PASSWORD");
    await expect(settings).not.toContainText("Mailbox password");

    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveAttribute("href", `/monitors/${id}/edit`);
    await expect(page.getByRole("link", { name: "Clone", exact: true })).toHaveAttribute(
      "href",
      `/monitors/new?from=${id}`,
    );
  });

  test("Test now shows the test running, then passed, for a healthy monitor; one click, one test", async ({ page }) => {
    const name = uniqueName("Health test ok");
    const id = await createSandboxMonitor({ name });
    const starts = apiRequests(page, "POST", /^\/api\/monitors\/\d+\/tests$/);
    await openMonitorPage(page, id, name);

    const card = page.getByRole("region", { name: "Test now" });
    await card.getByRole("button", { name: "Test now" }).click();
    await expect(card).toContainText(/Test running for \d+ seconds?/);
    // Busy while it runs: a second click cannot start a second test.
    await expect(card.getByRole("button", { name: "Testing…" })).toBeDisabled();
    await expect(card).toContainText("Test passed", { timeout: 30_000 });
    await expect(card).toContainText("Status 0");
    await expect(card.getByRole("button", { name: "Test again" })).toBeEnabled();
    expect(starts).toHaveLength(1);
  });

  test("Test now ends failed, explained, for a failing monitor", async ({ page }) => {
    const name = uniqueName("Health test timeout");
    const id = await createSandboxMonitor({ name, email: "nobody@timeout.example" });
    await openMonitorPage(page, id, name);

    const card = page.getByRole("region", { name: "Test now" });
    await card.getByRole("button", { name: "Test now" }).click();
    await expect(card).toContainText(/Test running for/);
    await expect(card).toContainText(`Test failed: ${FAILING_REASON}`, { timeout: 30_000 });
    await expect(card).toContainText("Status 2");
    await expect(card).toContainText("What to check");
    await expect(card).toContainText("SMTP server accepts mail without a login");
  });

  test("after a save, the edit page's Test now opens the monitor page with a test under way", async ({ page }) => {
    const name = uniqueName("Health save then test");
    const id = await createSandboxMonitor({ name, note: "Before" });
    const starts = apiRequests(page, "POST", /^\/api\/monitors\/\d+\/tests$/);
    await signIn(page, DEMO, { from: `/monitors/${id}/edit`, expectPath: new RegExp(`/monitors/${id}/edit$`) });
    await page.getByRole("textbox", { name: "Monitor name" }).fill(`${name} renamed`);
    await page.getByRole("button", { name: "Save changes" }).click();

    await page
      .getByRole("status")
      .filter({ hasText: /^Saved/ })
      .getByRole("link", { name: "Test now" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/monitors/${id}$`));
    const card = page.getByRole("region", { name: "Test now" });
    await expect(card).toContainText("Test passed", { timeout: 30_000 });
    // The address no longer asks for a test: a reload starts none.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: `${name} renamed` })).toBeVisible();
    await expect(card.getByRole("button", { name: "Test now" })).toBeEnabled();
    expect(starts).toHaveLength(1);
  });
});

test.describe("deleting a monitor", () => {
  test("asks first, wants the name of a running monitor, sends one DELETE and returns to the list without it", async ({
    page,
  }) => {
    const name = uniqueName("Health delete");
    const id = await createSandboxMonitor({ name });
    const deletes = apiRequests(page, "DELETE", /^\/api\/monitors\/\d+$/);
    await openMonitorPage(page, id, name);

    // Cancel sends nothing.
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    let dialog = page.getByRole("alertdialog", { name: `Delete “${name}”?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);

    await page.getByRole("button", { name: "Delete", exact: true }).click();
    dialog = page.getByRole("alertdialog", { name: `Delete “${name}”?` });
    const confirm = dialog.getByRole("button", { name: "Delete monitor" });
    await expect(confirm).toBeDisabled();
    const typed = dialog.getByRole("textbox", { name: /Type its name to confirm/ });
    await typed.fill("not the name");
    await expect(confirm).toBeDisabled();
    await typed.fill(name);
    await expect(confirm).toBeEnabled();
    await confirm.dblclick();

    await expect(page).toHaveURL(/\/monitors$/);
    await expect(page.getByRole("region", { name: /Notifications/ }).getByText(`Deleted ${name}`)).toBeVisible();
    await page.getByRole("searchbox", { name: "Search monitors" }).fill(name);
    await expect(page.getByRole("heading", { name: "No monitors match" })).toBeVisible();
    expect(deletes).toEqual([{ url: `/api/monitors/${id}`, body: undefined }]);
  });

  test("a paused monitor needs no typing; one already gone is said in plain words", async ({ page }) => {
    const name = uniqueName("Health delete gone");
    const id = await createSandboxMonitor({ name, enabled: false });
    await openMonitorPage(page, id, name);
    await expect(page.getByRole("main").locator("header")).toContainText("Paused");

    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: `Delete “${name}”?` });
    await expect(dialog.getByRole("textbox")).toHaveCount(0);
    await deleteSandboxMonitor(id);
    await dialog.getByRole("button", { name: "Delete monitor" }).click();

    const problem = dialog.getByRole("alert");
    await expect(problem).toContainText("This monitor is already gone");
    await expect(problem).toContainText("Nothing was changed");
    await dialog.getByRole("button", { name: "Back to all monitors" }).click();
    await expect(page).toHaveURL(/\/monitors$/);
  });
});
