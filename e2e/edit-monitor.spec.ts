import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO, signIn } from "./support/console";
import { MonitorForm } from "./support/monitor-form";
import { createSandboxMonitor } from "./support/sandbox-api";

async function openEditor(
  page: Page,
  fields: Record<string, unknown> = {},
): Promise<{ id: string; form: MonitorForm }> {
  const id = await createSandboxMonitor({
    name: "Editable monitor",
    interval: 15,
    timeout: 300,
    note: "Before",
    ...fields,
  });
  await signIn(page, DEMO, { from: `/monitors/${id}/edit`, expectPath: new RegExp(`/monitors/${id}/edit$`) });
  await expect(page.getByRole("heading", { name: `Edit monitor ${id}` })).toBeVisible();
  return { id, form: new MonitorForm(page) };
}

function patchBodies(page: Page): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  page.on("request", (request) => {
    if (request.method() === "PATCH" && request.url().includes("/api/monitors/")) {
      const body: unknown = request.postDataJSON();
      if (typeof body === "object" && body !== null) bodies.push({ ...body });
    }
  });
  return bodies;
}

test.describe("editing a round-trip monitor", () => {
  test("the form starts from what AlertSite has now", async ({ page }) => {
    const { id, form } = await openEditor(page, { locations: [{ id: 10 }, { id: 40 }], email_username: "edit-login" });
    await expect(page.getByRole("heading", { name: `Edit monitor ${id}: Editable monitor` })).toBeVisible();
    await expect(form.field("name")).toHaveValue("Editable monitor");
    await expect(form.field("billing_plancode")).toHaveValue("UBM - A/A");
    await expect(form.field("email")).toHaveValue("edit-me@example.com");
    await expect(form.field("interval")).toHaveValue("15");
    await expect(form.field("note")).toHaveValue("Before");
    await expect(form.field("email_username")).toHaveValue("edit-login");
    // Optional sections start folded, each saying what it holds.
    const schedule = page.locator("summary", { hasText: "Schedule & locations" });
    await expect(schedule).toContainText("Run every: 15 minutes");
    await expect(schedule).toContainText("Monitoring locations: Fort Lauderdale, FL, London, UK");
    await form.openGroup("Schedule");
    await expect(page.getByRole("combobox", { name: "Monitoring locations" })).toHaveText(
      "Fort Lauderdale, FL, London, UK",
    );
    await expect(page.locator('form [name="locations"]')).toHaveCount(2);
    await expect(form.field("email_password")).toHaveValue("");
    await expect(form.field("email_password")).toHaveAccessibleDescription(/Leave empty to keep the current password/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test("changing one field sends only that field, shows old → new first, and confirms the ID", async ({ page }) => {
    const { id, form } = await openEditor(page);
    const bodies = patchBodies(page);
    const summary = page.getByRole("region", { name: "What Save will change" });
    await expect(summary).toContainText("Nothing yet");

    await form.openGroup("Schedule");
    await form.field("interval").fill("30");
    await expect(summary).toContainText("Run every");
    await expect(summary).toContainText("15 minutes");
    await expect(summary).toContainText("30 minutes");
    await page.getByRole("button", { name: "Save changes" }).click();

    const saved = page.getByRole("status").filter({ hasText: "Saved: Run every 15 minutes → 30 minutes" });
    await expect(saved).toContainText(`AlertSite updated monitor ${id}`);
    expect(bodies).toEqual([{ interval: 30 }]);
    await expect(summary).toContainText("Nothing yet");
    await expect(form.field("interval")).toHaveValue("30");

    await page.reload();
    await expect(form.field("interval")).toHaveValue("30");
    await expect(form.field("note")).toHaveValue("Before");
  });

  test("a new mailbox password is sent and summarised without its value; an untouched one is not sent", async ({
    page,
  }) => {
    const { form } = await openEditor(page, { email_password: "old-secret" });
    const bodies = patchBodies(page);
    await form.field("name").fill("Renamed monitor");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    expect(bodies[0]).toEqual({ name: "Renamed monitor" });

    await form.openGroup("Mailbox login");
    await form.field("email_password").fill("brand-new-secret");
    const summary = page.getByRole("region", { name: "What Save will change" });
    await expect(summary).toContainText("Mailbox password");
    await expect(summary).toContainText("Changed");
    await expect(summary).not.toContainText("brand-new-secret");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    expect(bodies[1]).toEqual({ email_password: "brand-new-secret" });
    await expect(form.field("email_password")).toHaveValue("");
  });

  test("a monitor holding AlertSite's documented example servers can be renamed: only the name is sent", async ({
    page,
  }) => {
    const { form } = await openEditor(page, { smtp_hostname: "smtps://", pop3_hostname: "pop3s://" });
    const bodies = patchBodies(page);
    await expect(form.field("smtp_hostname")).toHaveValue("smtps://");
    await expect(form.field("smtp_hostname")).toHaveAttribute("aria-invalid", "false");
    await expect(form.field("smtp_hostname")).toHaveAccessibleDescription(
      /AlertSite has `smtps:\/\/` with no server name\. What AlertSite does with that is not documented/,
    );
    await expect(form.field("pop3_hostname")).toHaveAccessibleDescription(
      /AlertSite has `pop3s:\/\/` with no server name/,
    );

    await form.field("name").fill("Renamed, servers untouched");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    expect(bodies).toEqual([{ name: "Renamed, servers untouched" }]);
    await expect(form.field("smtp_hostname")).toHaveValue("smtps://");
  });

  test("saving with no changes sends nothing and says so", async ({ page }) => {
    await openEditor(page);
    const bodies = patchBodies(page);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("You haven't changed anything, so nothing was sent to AlertSite.")).toBeVisible();
    expect(bodies).toEqual([]);
  });

  test("AlertSite's errors on save are shown beside the fields, and the edits are kept", async ({ page }) => {
    const { form } = await openEditor(page);
    await form.field("billing_plancode").fill("UBM - Gold");
    await form.field("name").fill("Edited but refused");
    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "AlertSite did not save the changes" });
    await expect(alert).toBeFocused();
    await expect(form.field("billing_plancode")).toHaveAccessibleDescription(/plan 'UBM - Gold' does not exist/);
    await expect(form.field("billing_plancode")).toHaveValue("UBM - Gold");
    await expect(form.field("name")).toHaveValue("Edited but refused");
  });

  test("an unknown id, a malformed id and a monitor of another type each say so plainly", async ({ page }) => {
    await signIn(page);
    await page.goto("/monitors/999999/edit");
    await expect(page.getByRole("heading", { name: "Monitor 999999 was not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to all monitors" })).toBeVisible();
    await page.goto("/monitors/abc/edit");
    await expect(page.getByRole("heading", { name: "This monitor was not found" })).toBeVisible();
    await page.goto("/monitors/123460/edit");
    await expect(page.getByRole("heading", { name: "Monitor 123460 is not a round-trip email monitor" })).toBeVisible();
    await expect(page.getByText("website")).toBeVisible();
  });

  test("leaving with unsaved edits asks first: by link, by the back button, and by reloading", async ({ page }) => {
    const { id, form } = await openEditor(page);
    await form.field("name").fill("Not saved yet");

    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("link", { name: "All monitors" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/monitors/${id}/edit$`));
    await expect(form.field("name")).toHaveValue("Not saved yet");

    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/monitors/${id}/edit$`));
    await expect(form.field("name")).toHaveValue("Not saved yet");

    const beforeUnload = page.waitForEvent("dialog");
    const reload = page.reload();
    const dialog = await beforeUnload;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.accept();
    await reload;
    await expect(form.field("name")).toHaveValue("Editable monitor");
  });
});
