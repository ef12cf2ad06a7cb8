import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO, READ_ONLY, signIn } from "./support/console";
import { MonitorForm, REQUIRED_VALUES } from "./support/monitor-form";
import { expireSandboxSession } from "./support/sandbox";
import { createSandboxMonitor } from "./support/sandbox-api";

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test.describe("creating a round-trip monitor", () => {
  test("the required fields alone create a monitor and its new ID stands out", async ({ page }) => {
    await signIn(page, DEMO, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    await expectNoAxeViolations(page);
    await form.fillRequired({ name: "Required fields only" });
    await page.getByRole("button", { name: "Create monitor" }).click();

    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeFocused();
    const id = page.getByRole("status", { name: "New monitor ID" });
    await expect(id).toHaveText(/^\d+$/);
    const newId = (await id.textContent()) ?? "";
    await expect(page.getByRole("link", { name: "Edit this monitor" })).toHaveAttribute(
      "href",
      `/monitors/${newId}/edit`,
    );
    await expect(page.getByRole("link", { name: "Back to all monitors" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create another monitor" })).toBeVisible();
    // The result replaces the form: what was created and when it first runs.
    await expect(page.getByRole("heading", { name: "New round-trip email monitor" })).toHaveCount(0);
    await expect(page.getByText(REQUIRED_VALUES.email)).toBeVisible();
    await expect(page.getByText("Its first check runs within your account's default interval.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("invalid input is stopped in the browser, explained beside each field, and nothing is sent", async ({
    page,
  }) => {
    await signIn(page, DEMO, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    const writes = form.countWrites();
    await form.fillRequired({ smtp_hostname: "imap://mail.example.com", email: "not-an-address" });
    await form.field("name").fill("   ");
    await form.openGroup("Schedule");
    await form.field("interval").fill("15");
    await form.field("timeout").fill("900");
    await page.getByRole("button", { name: "Create monitor" }).click();

    await expect(form.field("name")).toBeFocused();
    await expect(form.field("name")).toHaveAttribute("aria-invalid", "true");
    await expect(form.field("name")).toHaveAccessibleDescription(/Enter/);
    await expect(form.field("smtp_hostname")).toHaveAttribute("aria-invalid", "true");
    await expect(form.field("email")).toHaveAccessibleDescription(/full address/i);
    await expect(form.field("timeout")).toHaveAttribute("aria-invalid", "true");
    await expect(form.field("timeout")).toHaveAccessibleDescription(/300/);
    await expectNoAxeViolations(page);
    expect(writes.count).toBe(0);

    // A field's message appears when the user leaves it, and goes once it is fixed.
    await form.field("smtp_hostname").fill("smtp.example.com");
    await form.field("pop3_hostname").focus();
    await expect(form.field("smtp_hostname")).toHaveAttribute("aria-invalid", "false");
  });

  test("AlertSite's errors, several at once, are shown beside their fields and every value is kept", async ({
    page,
  }) => {
    await signIn(page, DEMO, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    await form.fillRequired({ billing_plancode: "UBM - Platinum", name: "Rejected by AlertSite" });
    await form.openGroup("Schedule");
    await form.field("interval").fill("7");
    await form.field("timeout").fill("120");
    await form.openGroup("Mailbox login");
    await form.field("email_username").fill("roundtrip");
    await page.getByRole("button", { name: "Create monitor" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "AlertSite did not create the monitor" });
    await expect(alert).toBeFocused();
    await expect(alert).toContainText("2 fields need a change");
    await expect(form.field("billing_plancode")).toHaveAccessibleDescription(/plan 'UBM - Platinum' does not exist/);
    await expect(form.field("interval")).toHaveAccessibleDescription(/7 minutes is not offered/);
    await expect(form.field("billing_plancode")).toHaveValue("UBM - Platinum");
    await expect(form.field("name")).toHaveValue("Rejected by AlertSite");
    await expect(form.field("interval")).toHaveValue("7");
    await expect(form.field("email_username")).toHaveValue("roundtrip");
    await expectNoAxeViolations(page);

    // Fixing the fields and sending again works.
    await form.field("billing_plancode").fill("UBM - A/A");
    await form.field("interval").fill("15");
    await page.getByRole("button", { name: "Create monitor" }).click();
    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
  });

  test("a read-only user is told plainly that their role can't create monitors", async ({ page }) => {
    await signIn(page, READ_ONLY, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    await form.fillRequired({ name: "Read-only attempt" });
    await page.getByRole("button", { name: "Create monitor" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "AlertSite did not create the monitor" });
    await expect(alert).toContainText("Your AlertSite role can't create or change monitors");
    await expect(form.field("name")).toHaveValue("Read-only attempt");
  });

  test("a portal link prefills the form, but never a password", async ({ page }) => {
    const query = new URLSearchParams({
      name: "Portal handover",
      email: "handover@example.com",
      smtp_hostname: "smtp.example.com",
      interval: "30",
      email_password: "must-not-be-used",
      note: "From the service portal",
    });
    await signIn(page, DEMO, { from: `/monitors/new?${query.toString()}`, expectPath: /\/monitors\/new\?/ });
    const form = new MonitorForm(page);
    await expect(form.field("name")).toHaveValue("Portal handover");
    await expect(form.field("email")).toHaveValue("handover@example.com");
    await expect(form.field("smtp_hostname")).toHaveValue("smtp.example.com");
    await expect(form.field("interval")).toBeVisible();
    await expect(form.field("interval")).toHaveValue("30");
    await expect(form.field("note")).toHaveValue("From the service portal");
    await form.openGroup("Mailbox login");
    await expect(form.field("email_password")).toHaveValue("");
  });

  test("when the AlertSite session ends, signing in again returns to the form with what was typed", async ({
    page,
  }) => {
    await signIn(page, DEMO, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    await form.fillRequired({ name: "Typed before the hour ran out" });
    await form.openGroup("Mailbox login");
    await form.field("email_password").fill("mailbox-secret");
    await expireSandboxSession(page.context());
    await page.getByRole("button", { name: "Create monitor" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "Your AlertSite session has ended" });
    await expect(alert).toBeFocused();
    await alert.getByRole("button", { name: "Sign in again" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmonitors%2Fnew&reason=session-ended/);
    await expect(page.getByText("Your session ended. Sign in again to carry on where you were.")).toBeVisible();
    await page.getByLabel("AlertSite email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/monitors\/new$/);
    await expect(form.field("name")).toHaveValue("Typed before the hour ran out");
    await expect(form.field("email")).toHaveValue(REQUIRED_VALUES.email);
    await form.openGroup("Mailbox login");
    await expect(form.field("email_password")).toHaveValue("");
    await form.field("email_password").fill("mailbox-secret");
    await page.getByRole("button", { name: "Create monitor" }).click();
    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
  });

  test("a double click makes one monitor", async ({ page }) => {
    await signIn(page, DEMO, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    const writes = form.countWrites();
    await form.fillRequired({ name: "Double-clicked" });
    await page.getByRole("button", { name: "Create monitor" }).dblclick();
    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
    expect(writes.count).toBe(1);
  });

  test("a mailbox another monitor uses is named, with a link, when the field is left, before anything is sent", async ({
    page,
  }) => {
    const owner = await createSandboxMonitor({ name: "Mailbox owner", email: "shared-mailbox@example.com" });
    await signIn(page, DEMO, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    const writes = form.countWrites();
    await form.field("email").fill("Shared-Mailbox@example.com");
    await form.field("email_username").focus();

    await expect(page.getByText("Another monitor already uses this mailbox")).toBeVisible();
    await expect(page.getByRole("link", { name: `Mailbox owner (ID ${owner})` })).toHaveAttribute(
      "href",
      `/monitors/${owner}/edit`,
    );
    expect(writes.count).toBe(0);

    await form.field("email").fill("a-mailbox-of-its-own@example.com");
    await form.field("email_username").focus();
    await expect(page.getByText("Another monitor already uses this mailbox")).toBeHidden();
  });

  test("Clone copies a monitor by its ID alone and asks for a new mailbox", async ({ page }) => {
    const source = await createSandboxMonitor({ name: "Clone source", interval: 30, note: "Copied note" });
    await signIn(page, DEMO, { from: `/monitors/new?from=${source}`, expectPath: /\/monitors\/new\?from=/ });
    const form = new MonitorForm(page);
    await expect(page.getByText("Copied from Clone source")).toBeVisible();
    await expect(page.getByRole("link", { name: "Clone source" })).toHaveAttribute("href", `/monitors/${source}/edit`);
    await expect(form.field("name")).toHaveValue("Copy of Clone source");
    await expect(form.field("smtp_hostname")).toHaveValue("smtps://smtp.example.com:465");
    await expect(form.field("interval")).toHaveValue("30");
    await expect(form.field("note")).toHaveValue("Copied note");
    await expect(form.field("email")).toHaveValue("");
    await expect(form.field("email")).toBeFocused();
    await expect(form.field("email")).toHaveAccessibleDescription(/Enter a new mailbox for the copy/);
    await expect(form.field("email_password")).toHaveValue("");

    await form.field("email").fill("clone-of-its-own@example.com");
    await page.getByRole("button", { name: "Create monitor" }).click();
    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
  });

  test("Cancel goes back to the list, asking first once something was typed", async ({ page }) => {
    await signIn(page, DEMO, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });
    const form = new MonitorForm(page);
    await form.field("name").fill("Typed, then cancelled");
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/\/monitors\/new$/);
    await expect(form.field("name")).toHaveValue("Typed, then cancelled");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/\/monitors$/);
  });
});
