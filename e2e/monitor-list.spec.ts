import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Route } from "@playwright/test";
import { signIn } from "./support/console";

// Other specs create monitors in the same sandbox at the same time: these tests look for the
// seed monitors (123456–123459) by name and never count the whole list.

const SEEDS = {
  billing: { id: "123456", name: "Billing mailbox round trip", email: "roundtrip-billing@example.com" },
  support: { id: "123457", name: "Support desk inbound mail", email: "roundtrip-support@support.example.com" },
  legacy: { id: "123458", name: "Legacy Exchange relay (paused)", email: "roundtrip-legacy@corp.example.com" },
  marketing: { id: "123459", name: "Marketing newsletter bounce box", email: "roundtrip-bounces@news.example.com" },
} as const;

const OUTAGE_MESSAGE = "AlertSite answered 503 Service Unavailable. Try again in a minute.";

function monitorTable(page: Page) {
  return page.getByRole("table", { name: /Round-trip email monitors/ });
}

function searchBox(page: Page) {
  return page.getByRole("searchbox", { name: "Search monitors" });
}

function statusFilter(page: Page) {
  return page.getByRole("combobox", { name: "Status" });
}

async function chooseStatus(
  page: Page,
  label: "All monitors" | "Failing only" | "Paused only" | "OK only" | "Unknown only",
) {
  await statusFilter(page).click();
  await page.getByRole("option", { name: label }).click();
}

function monitorLink(page: Page, name: string) {
  return monitorTable(page).getByRole("link", { name, exact: true });
}

function monitorRow(page: Page, name: string) {
  // `has` is looked up inside each row.
  return monitorTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

/** Answers the console's monitor list call with `body` once, then lets later calls through. */
async function answerListOnce(page: Page, status: number, body: unknown): Promise<void> {
  let calls = 0;
  await page.route("**/api/monitors", async (route: Route) => {
    calls += 1;
    if (calls > 1) return route.continue();
    return route.fulfill({ status, contentType: "application/json", body: JSON.stringify(body) });
  });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) })),
  ).toEqual([]);
}

/** The list's result count: the first status on the page (the selection toolbar's own statuses come after it). */
function listStatus(page: Page) {
  return page.getByRole("status").first();
}

test.describe("monitor list", () => {
  test("shows the account's round-trip monitors, and never the website monitor", async ({ page }) => {
    await signIn(page);
    await expect(page).toHaveTitle(/Monitors/);
    for (const seed of Object.values(SEEDS)) {
      const row = monitorRow(page, seed.name);
      await expect(row).toBeVisible();
      await expect(row).toContainText(seed.id);
      await expect(row).toContainText(seed.email);
    }
    await expect(monitorRow(page, SEEDS.legacy.name)).toContainText("Paused");
    // The sandbox's seeds use mailboxes that answer: OK, checked a moment ago.
    await expect(monitorRow(page, SEEDS.billing.name)).toContainText("OK");
    await expect(monitorRow(page, SEEDS.billing.name)).toContainText(/checked (just now|\d+ min ago)/);
    await expect(monitorRow(page, SEEDS.billing.name)).toContainText("smtps://smtp.example.com:465");
    await expect(monitorRow(page, SEEDS.billing.name)).toContainText("pop3s://mail.example.com:995");
    await expect(monitorRow(page, SEEDS.billing.name)).toContainText("5 minutes");
    await expect(page.getByText("Company homepage")).toHaveCount(0);

    await searchBox(page).fill("123460");
    await expect(listStatus(page)).toHaveText("No monitors match “123460”");
    await expect(page.getByRole("heading", { name: "No monitors match" })).toBeVisible();
  });

  test("a name opens the monitor's page, Edit its form, and New monitor the create form", async ({ page }) => {
    await signIn(page);
    await expect(monitorLink(page, SEEDS.support.name)).toHaveAttribute("href", `/monitors/${SEEDS.support.id}`);
    await expect(
      monitorTable(page).getByRole("link", { name: `Edit ${SEEDS.support.name}`, exact: true }),
    ).toHaveAttribute("href", `/monitors/${SEEDS.support.id}/edit`);
    await expect(page.getByRole("main").getByRole("link", { name: "New monitor" })).toHaveAttribute(
      "href",
      "/monitors/new",
    );
    await monitorLink(page, SEEDS.support.name).click();
    await expect(page).toHaveURL(new RegExp(`/monitors/${SEEDS.support.id}$`));
    await expect(page.getByRole("heading", { level: 1, name: SEEDS.support.name })).toBeVisible();
  });

  test("search by name, ID and mailbox finds the right row, keeps focus and replaces the URL", async ({ page }) => {
    await signIn(page);
    await expect(monitorRow(page, SEEDS.billing.name)).toBeVisible();
    const historyLength = await page.evaluate(() => history.length);
    const search = searchBox(page);

    await search.click();
    await search.pressSequentially("billing mailbox");
    await expect(page).toHaveURL(/\/monitors\?q=billing(\+|%20)mailbox$/);
    await expect(search).toBeFocused();
    await expect(monitorRow(page, SEEDS.billing.name)).toBeVisible();
    await expect(monitorRow(page, SEEDS.support.name)).toHaveCount(0);
    await expect(listStatus(page)).toContainText(/monitors? match(es)? “billing mailbox”/);

    await search.fill(SEEDS.support.id);
    await expect(page).toHaveURL(new RegExp(`q=${SEEDS.support.id}$`));
    await expect(monitorRow(page, SEEDS.support.name)).toBeVisible();
    await expect(monitorRow(page, SEEDS.billing.name)).toHaveCount(0);

    await search.fill(SEEDS.legacy.email.toUpperCase());
    await expect(monitorRow(page, SEEDS.legacy.name)).toBeVisible();
    await expect(monitorRow(page, SEEDS.support.name)).toHaveCount(0);

    await search.fill("bounces.news.example.com");
    await expect(monitorRow(page, SEEDS.marketing.name)).toBeVisible();
    await expect(monitorRow(page, SEEDS.legacy.name)).toHaveCount(0);
    await expect(page).toHaveURL(/q=bounces\.news\.example\.com$/);

    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.reload();
    await expect(searchBox(page)).toHaveValue("bounces.news.example.com");
    await expect(monitorRow(page, SEEDS.marketing.name)).toBeVisible();
  });

  test("the status filter and the URL agree, also after a reload", async ({ page }) => {
    await signIn(page);
    await chooseStatus(page, "Paused only");
    await expect(page).toHaveURL(/\/monitors\?status=paused$/);
    await expect(monitorRow(page, SEEDS.legacy.name)).toBeVisible();
    await expect(monitorRow(page, SEEDS.billing.name)).toHaveCount(0);

    await page.reload();
    await expect(statusFilter(page)).toHaveText("Paused only");
    await expect(monitorRow(page, SEEDS.legacy.name)).toBeVisible();
    await expect(monitorRow(page, SEEDS.billing.name)).toHaveCount(0);

    await chooseStatus(page, "OK only");
    await expect(page).toHaveURL(/\/monitors\?status=ok$/);
    await expect(monitorRow(page, SEEDS.billing.name)).toBeVisible();
    await expect(monitorRow(page, SEEDS.legacy.name)).toHaveCount(0);

    await page.goto("/monitors?q=example&status=paused");
    await expect(searchBox(page)).toHaveValue("example");
    await expect(statusFilter(page)).toHaveText("Paused only");
    await expect(monitorRow(page, SEEDS.legacy.name)).toBeVisible();
  });

  test("column buttons sort both ways, with aria-sort and the URL following", async ({ page }) => {
    await signIn(page);
    const table = monitorTable(page);
    const intervalHeader = table.getByRole("columnheader", { name: "Runs every" });
    await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
    await expect(intervalHeader).not.toHaveAttribute("aria-sort", /.+/);

    await intervalHeader.getByRole("button").click();
    await expect(intervalHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(/\/monitors\?sort=interval$/);
    await intervalHeader.getByRole("button").press("Enter");
    await expect(intervalHeader).toHaveAttribute("aria-sort", "descending");
    await expect(page).toHaveURL(/\/monitors\?sort=interval&dir=desc$/);

    await searchBox(page).fill("roundtrip-");
    await expect(page).toHaveURL(/q=roundtrip-/);
    // Seeds run every 5, 10, 60 and 30 minutes: the hourly one comes first.
    const seedNames = Object.values(SEEDS).map((seed) => seed.name);
    const names = (await table.getByRole("rowheader").allTextContents()).filter((name) =>
      seedNames.some((seed) => seed === name),
    );
    expect(names).toEqual([SEEDS.legacy.name, SEEDS.marketing.name, SEEDS.support.name, SEEDS.billing.name]);

    await page.reload();
    await expect(monitorTable(page).getByRole("columnheader", { name: "Runs every" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  test("Clone opens the create form with a copy named “Copy of …”, no password and no mailbox", async ({ page }) => {
    await signIn(page);
    await searchBox(page).fill(SEEDS.billing.id);
    await monitorRow(page, SEEDS.billing.name)
      .getByRole("link", { name: `Clone ${SEEDS.billing.name}` })
      .click();

    // Only the id travels in the URL; the create page reads the monitor itself.
    await expect(page).toHaveURL(new RegExp(`/monitors/new\\?from=${SEEDS.billing.id}$`));
    await expect(page.locator('[name="name"]')).toHaveValue(`Copy of ${SEEDS.billing.name}`);
    await expect(page.locator('[name="email"]')).toHaveValue("");
    await expect(page.locator('[name="smtp_hostname"]')).toHaveValue("smtps://smtp.example.com:465");
    await expect(page.locator('[name="email_password"]')).toHaveValue("");
  });

  test("while loading, a busy skeleton table stands in for the list", async ({ page }) => {
    await signIn(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/api/monitors", async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await expect(page.locator('table[aria-busy="true"]')).toBeVisible();
    await expect(listStatus(page)).toHaveText("Loading monitors…");
    release();
    await expect(monitorRow(page, SEEDS.billing.name)).toBeVisible();
    await expect(page.locator('table[aria-busy="true"]')).toHaveCount(0);
  });

  test("an AlertSite failure shows its message, and Retry loads the list", async ({ page }) => {
    await answerListOnce(page, 503, { errors: [{ code: 503, message: OUTAGE_MESSAGE }] });
    await signIn(page);

    const alert = page.getByRole("alert").filter({ hasText: "The monitors could not be loaded" });
    await expect(alert).toContainText(OUTAGE_MESSAGE);
    await expect(alert).toBeFocused();
    await alert.getByRole("button", { name: "Retry" }).click();

    await expect(monitorRow(page, SEEDS.billing.name)).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test("an ended session offers a sign-in that comes back to the same view", async ({ page }) => {
    await signIn(page);
    await answerListOnce(page, 401, {
      errors: [{ code: 401, message: "Your AlertSite session ended. Sign in again." }],
    });
    await page.goto("/monitors?q=billing&status=ok");

    const alert = page.getByRole("alert").filter({ hasText: "Your session ended" });
    await expect(alert).toContainText("Your AlertSite session ended. Sign in again.");
    await expect(alert.getByRole("link", { name: "Sign in again" })).toHaveAttribute(
      "href",
      `/sign-in?callbackUrl=${encodeURIComponent("/monitors?q=billing&status=ok")}&reason=session-ended`,
    );
    await expect(alert.getByRole("button", { name: "Retry" })).toHaveCount(0);
  });

  test("an account without monitors says so and links to the create form", async ({ page }) => {
    await answerListOnce(page, 200, { monitors: [] });
    await signIn(page);
    await expect(page.getByRole("heading", { name: "No monitors yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create your first monitor" })).toHaveAttribute(
      "href",
      "/monitors/new",
    );
  });

  test("no matches offers to clear the search and filter", async ({ page }) => {
    await signIn(page);
    await chooseStatus(page, "Paused only");
    await searchBox(page).fill("no-such-monitor-anywhere");
    await expect(listStatus(page)).toHaveText("No paused monitors match “no-such-monitor-anywhere”");
    await expect(page).toHaveURL(/q=no-such-monitor-anywhere/);

    await page.getByRole("button", { name: "Clear search and filter" }).click();
    await expect(page).toHaveURL(/\/monitors$/);
    await expect(searchBox(page)).toHaveValue("");
    await expect(searchBox(page)).toBeFocused();
    await expect(statusFilter(page)).toHaveText("All monitors");
    await expect(monitorRow(page, SEEDS.billing.name)).toBeVisible();
  });

  test("a long list pages 50 at a time, and the page survives a reload", async ({ page }) => {
    const monitors = Array.from({ length: 120 }, (_, index) => ({
      id: 900_001 + index,
      name: `Paging monitor ${String(index + 1).padStart(3, "0")}`,
      enabled: true,
      interval: 15,
      email: `paging-${index + 1}@example.com`,
      smtp_hostname: "smtp.example.com",
      pop3_hostname: "pop.example.com",
    }));
    await page.route("**/api/monitors", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ monitors }) }),
    );
    await signIn(page);
    const pages = page.getByRole("navigation", { name: "Pages of monitors" });
    await expect(pages).toContainText("Page 1 of 3");
    await expect(monitorTable(page).getByRole("rowheader")).toHaveCount(50);

    await pages.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/monitors\?page=2$/);
    await expect(pages).toContainText("Page 2 of 3");
    await expect(monitorLink(page, "Paging monitor 051")).toBeVisible();

    await page.reload();
    await expect(pages).toContainText("Page 2 of 3");
    await pages.getByRole("button", { name: "Last page" }).click();
    await expect(monitorTable(page).getByRole("rowheader")).toHaveCount(20);
    await expect(pages.getByRole("button", { name: "Next page" })).toHaveAttribute("aria-disabled", "true");

    // A new search starts again from the first page.
    await searchBox(page).fill("paging-7@example.com");
    await expect(page).toHaveURL(/\/monitors\?q=paging-7%40example\.com$/);
    await expect(monitorTable(page).getByRole("rowheader")).toHaveText(["Paging monitor 007"]);
    await expect(pages).toHaveCount(0);
  });

  test("axe finds no violations on the loaded list", async ({ page }) => {
    await signIn(page);
    await expect(monitorRow(page, SEEDS.billing.name)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("axe finds no violations when nothing matches", async ({ page }) => {
    await signIn(page);
    await searchBox(page).fill("no-such-monitor-anywhere");
    await expect(page.getByRole("heading", { name: "No monitors match" })).toBeVisible();
    // The search reaches the URL a moment after typing; scan once that navigation has settled.
    await expect(page).toHaveURL(/q=no-such-monitor-anywhere/);
    await expect(page).toHaveTitle(/Monitors/);
    await expectNoAxeViolations(page);
  });
});
