import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { LIST_LOADED, signIn } from "./support/console";
import { createSandboxMonitor, deleteSandboxMonitorsNamed } from "./support/sandbox-api";

// Import (#15): a CSV is checked row by row against the create schema before anything is sent, rows
// with problems are shown with their problems and left out, and the rest are created as one bulk
// action. Each test names its monitors after itself, since other specs share the sandbox.

const HEADER = "billing_plancode,name,smtp_hostname,pop3_hostname,email,interval,timeout";

const tagsMade: string[] = [];

function uniqueTag(label: string): string {
  const tag = `${label}-${test.info().testId.slice(-6)}-${Date.now().toString(36)}`;
  tagsMade.push(tag);
  return tag;
}

// Tests here make dozens of monitors: they go afterwards, so the list specs still find the seeds on the first page.
test.afterEach(async () => {
  for (const tag of tagsMade.splice(0)) await deleteSandboxMonitorsNamed(tag);
});

function csvRow(tag: string, index: number, overrides: { email?: string; interval?: string; timeout?: string } = {}) {
  const email = overrides.email ?? `${tag}-${index}@example.com`.toLowerCase();
  return `UBM - A/A,${tag} ${String(index).padStart(2, "0")},smtps://smtp.example.com:465,pop3s://pop.example.com:995,${email},${overrides.interval ?? "15"},${overrides.timeout ?? "60"}`;
}

async function openImport(page: Page) {
  await signIn(page);
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import monitors" })).toBeVisible();
}

async function chooseFile(page: Page, name: string, text: string) {
  await page
    .getByLabel(/^Choose (a|another) CSV or JSON file of monitors$/)
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
}

function rowStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /rows? read:/ });
}

test.describe("importing monitors", () => {
  test("the template downloads: every field as a column and one example row", async ({ page }) => {
    await openImport(page);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the template (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("alertsite-monitors-template.csv");
    const [header, example, ...rest] = (await readFile(await download.path(), "utf8")).split("\r\n");
    expect(header).toBe(
      "billing_plancode,name,smtp_hostname,pop3_hostname,email,email_username,email_password,enabled,interval,timeout,locations,home_location,mode,rotate_locations,monitor_location_count,notify_on_error,retry_on_failure,note,alert_note,allow_internal_testing,custom_properties",
    );
    expect(example).toContain("UBM - A/A,Support mailbox,smtps://smtp.example.com:465");
    expect(rest.filter((line) => line !== "")).toEqual([]);

    // The template, filled in as it comes, reads back as one ready monitor.
    await chooseFile(page, "template.csv", `${header}\r\n${example}\r\n`);
    await expect(rowStatus(page)).toHaveText(
      "1 row read: 1 ready, 0 rows with problems, 0 mailboxes already in use, 0 left out.",
    );
  });

  test("a 50-row CSV with 3 bad rows shows the 3 with their problems and creates the other 47", async ({ page }) => {
    test.setTimeout(180_000);
    const tag = uniqueTag("Import");
    const lines = [HEADER];
    for (let index = 1; index <= 50; index += 1) {
      if (index === 10) lines.push(csvRow(tag, index, { email: "" }));
      else if (index === 20) lines.push(csvRow(tag, index, { interval: "often" }));
      else if (index === 30) lines.push(csvRow(tag, index, { interval: "1", timeout: "120" }));
      else lines.push(csvRow(tag, index));
    }
    const posts: unknown[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/api/bulk-actions"))
        posts.push(request.postDataJSON());
    });

    await openImport(page);
    await chooseFile(page, `${tag}.csv`, `${lines.join("\r\n")}\r\n`);
    await expect(rowStatus(page)).toHaveText(
      "50 rows read: 47 ready, 3 rows with problems, 0 mailboxes already in use, 0 left out.",
    );
    await expect(page.getByText("Dry run: nothing has been created yet.", { exact: false })).toBeVisible();

    // The 3, each problem in its cell (file rows 11, 21 and 31: the header is row 1), left out.
    await page.getByLabel("Show only rows with problems or mailboxes in use").check();
    const table = page.getByRole("table", { name: "Rows of the file" });
    await expect(table.getByRole("row")).toHaveCount(4);
    for (const [row, index] of [
      [11, 10],
      [21, 20],
      [31, 30],
    ] as const) {
      await expect(
        table.getByRole("checkbox", { name: `Create row ${row} (${tag} ${String(index).padStart(2, "0")})` }),
      ).toBeDisabled();
    }
    await expect(table.getByRole("row").filter({ hasText: `${tag} 10` })).toContainText(
      "Enter the test mailbox address, e.g. roundtrip@example.com.",
    );
    await expect(table.getByRole("row").filter({ hasText: `${tag} 20` })).toContainText(
      "Run every: a whole number of minutes",
    );
    await expect(table.getByRole("row").filter({ hasText: `${tag} 30` })).toContainText(
      "Time limit: at most 59 seconds, shorter than Run every (1 minute).",
    );
    expect(posts).toEqual([]);

    await page.getByRole("button", { name: "Create 47 monitors" }).click();
    await expect(page).toHaveURL(/\/monitors\/bulk\/[0-9a-f-]{36}$/);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ kind: "create" });
    const items = (posts[0] as { items: { row: number; values: { name: string } }[] }).items;
    expect(items.map((item) => item.row)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 2).filter((row) => ![11, 21, 31].includes(row)),
    );

    // The run, as the progress page shows it, then the list.
    const actionId = page.url().split("/").at(-1) ?? "";
    await expect
      .poll(
        async () => {
          const response = await page.request.get(`/api/bulk-actions/${actionId}`);
          const body = (await response.json()) as { bulkAction?: { state: string; counts: Record<string, number> } };
          return body.bulkAction?.state === "finished" ? body.bulkAction.counts.done : undefined;
        },
        { timeout: 120_000, intervals: [1000] },
      )
      .toBe(47);
    await page.goto(`/monitors?q=${encodeURIComponent(tag)}`);
    await expect(page.getByText(/^47 monitors match/)).toBeVisible(LIST_LOADED);
  });

  test("a mailbox in use is flagged, a row is fixed in place, and a row can be left out", async ({ page }) => {
    const tag = uniqueTag("Fix");
    const taken = `${tag}-taken@example.com`.toLowerCase();
    await createSandboxMonitor({ name: `${tag} existing`, email: taken });
    const csv = [HEADER, csvRow(tag, 1, { email: taken }), csvRow(tag, 2), csvRow(tag, 3, { interval: "often" })].join(
      "\n",
    );

    await openImport(page);
    await chooseFile(page, "fix.csv", csv);
    await expect(rowStatus(page)).toHaveText(
      "3 rows read: 1 ready, 1 row with problems, 1 mailbox already in use, 1 left out.",
    );
    const table = page.getByRole("table", { name: "Rows of the file" });
    await expect(table.getByRole("row").filter({ hasText: `${tag} 01` })).toContainText(
      `Already the test mailbox of ${tag} existing`,
    );
    await expect(page.getByRole("button", { name: "Create 1 monitor" })).toBeVisible();

    await table.getByRole("button", { name: "Fix row 4" }).click();
    const interval = table.getByRole("textbox", { name: "Run every, row 4" });
    await expect(interval).toHaveAttribute("aria-invalid", "true");
    await interval.fill("30");
    await expect(interval).toHaveAttribute("aria-invalid", "false");
    await table.getByRole("button", { name: "Done fixing row 4" }).click();
    await expect(rowStatus(page)).toHaveText(
      "3 rows read: 2 ready, 0 rows with problems, 1 mailbox already in use, 1 left out.",
    );

    await table.getByRole("checkbox", { name: `Create row 2 (${tag} 01)` }).check();
    await table.getByRole("checkbox", { name: `Create row 3 (${tag} 02)` }).uncheck();
    await expect(page.getByRole("button", { name: "Create 2 monitors" })).toBeVisible();
  });

  for (const size of [
    { label: "desktop", width: 1366, height: 900 },
    { label: "phone", width: 390, height: 844 },
  ]) {
    for (const scheme of ["light", "dark"] as const) {
      test.describe(`at ${size.width} px, ${scheme}`, () => {
        test.use({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });

        test("the checked rows fit the screen and pass axe", async ({ page }, testInfo) => {
          const tag = uniqueTag("Look");
          const csv = [HEADER, csvRow(tag, 1), csvRow(tag, 2, { email: "not-an-address" }), csvRow(tag, 3)].join("\n");
          await openImport(page);
          await chooseFile(page, "look.csv", `${csv}\nUBM,,,,,,\n`);
          await expect(rowStatus(page)).toHaveText(
            "4 rows read: 2 ready, 2 rows with problems, 0 mailboxes already in use, 0 left out.",
          );
          await page
            .getByRole("table", { name: "Rows of the file" })
            .getByRole("button", { name: "Fix row 3" })
            .click();
          const widths = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            screen: window.innerWidth,
          }));
          expect(widths.page).toBeLessThanOrEqual(widths.screen);
          const results = await new AxeBuilder({ page }).analyze();
          expect(
            results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) })),
          ).toEqual([]);
          const file = testInfo.outputPath(`import-${size.label}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          await testInfo.attach(`import-${size.label}-${scheme}`, { path: file, contentType: "image/png" });
        });
      });
    }
  }
});
