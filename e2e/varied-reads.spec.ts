import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/console";
import { MonitorForm } from "./support/monitor-form";

// The e2e sandbox runs with SANDBOX_READ_VARIATIONS=varied@example.com (playwright.config.ts): this login
// sees the same account as demo@example.com, but every read comes in another shape AlertSite's documentation
// allows (lib/sandbox/read-variations.ts: by id modulo 8, so seed 123456 gets numeric strings, 123457 string
// location ids, 123458 null arrays, 123459 a numeric region), and every list ends with two unreadable records.
// Other specs create monitors at the same time: these tests look for seeds by name and never count the list.

const VARIED = { email: "varied@example.com", password: "varied-password" } as const;

const SEED_NAMES = [
  "Billing mailbox round trip",
  "Support desk inbound mail",
  "Legacy Exchange relay (paused)",
  "Marketing newsletter bounce box",
];

function monitorTable(page: Page) {
  return page.getByRole("table", { name: /Round-trip email monitors/ });
}

test.describe("reads in the shapes AlertSite's documentation allows", () => {
  test("the list shows every readable monitor and says how many it could not show", async ({ page }) => {
    await signIn(page, VARIED);

    for (const name of SEED_NAMES) {
      await expect(monitorTable(page).getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(
      page.getByText("2 monitors could not be shown because AlertSite sent them in a form the console can’t read."),
    ).toBeVisible();
  });

  test("an edit page of a varied monitor opens with its values", async ({ page }) => {
    // 123456 arrives with its id and numbers as numeric strings.
    await signIn(page, VARIED, { from: "/monitors/123456/edit", expectPath: /\/monitors\/123456\/edit$/ });
    const form = new MonitorForm(page);

    await expect(page.getByRole("heading", { name: "Edit monitor 123456: Billing mailbox round trip" })).toBeVisible();
    await expect(form.field("email")).toHaveValue("roundtrip-billing@example.com");
    await expect(form.field("interval")).toHaveValue("5");
    await form.openGroup("Schedule");
    await expect(page.getByRole("combobox", { name: "Monitoring locations" })).toHaveText(/^Fort Lauderdale, FL and/);
    await expect(page.locator('form [name="locations"][value="10"]')).toHaveCount(1);
    await expect(page.locator('form [name="locations"][value="40"]')).toHaveCount(1);
  });

  test("the create form still offers the plans and locations the monitors use", async ({ page }) => {
    await signIn(page, VARIED, { from: "/monitors/new", expectPath: /\/monitors\/new$/ });

    const form = new MonitorForm(page);

    await form.field("billing_plancode").press("ArrowDown");
    const plans = page.getByRole("listbox", { name: "Suggestions" });
    for (const plan of ["UBM - A/A", "UBM - A/B", "UBM - Email"]) {
      await expect(plans.getByRole("option", { name: plan, exact: true })).toBeVisible();
    }
    await form.field("billing_plancode").press("Escape");

    await form.openGroup("Schedule");
    await page.getByRole("combobox", { name: "Monitoring locations" }).click();
    // 10 and 40 from 123456 (numeric strings), 30 and 50 from 123457 (string location ids).
    for (const location of ["Fort Lauderdale, FL", "San Francisco, CA", "London, UK", "Frankfurt, DE"]) {
      await expect(page.getByRole("dialog").getByRole("option", { name: location })).toBeVisible();
    }
  });
});
