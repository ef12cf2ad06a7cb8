import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { signIn } from "./support/console";
import { createSandboxMonitor } from "./support/sandbox-api";

// Export (#15): the list's selection, or everything matching its search, as a file that holds the
// monitors' fields and never a mailbox password. Each test makes its own monitors, named after it.

function uniqueTag(label: string): string {
  return `${label}-${test.info().testId.slice(-6)}-${Date.now().toString(36)}`;
}

async function exportVia(page: Page, item: string): Promise<{ fileName: string; text: string }> {
  await page.getByRole("group", { name: "Bulk actions" }).getByRole("button", { name: "Export", exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: item }).click();
  const download = await downloading;
  return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

test.describe("exporting monitors", () => {
  test("the selection as CSV and all matching as JSON hold the monitors and no password", async ({ page }) => {
    const tag = uniqueTag("Export");
    const secret = `export-secret-${tag}`;
    await createSandboxMonitor({
      name: `${tag} plain`,
      email: `${tag}-a@example.com`.toLowerCase(),
      email_password: secret,
      interval: 15,
      note: "On call: mail team",
    });
    await createSandboxMonitor({
      name: `=SUM(1) ${tag}`,
      email: `${tag}-b@example.com`.toLowerCase(),
      email_password: secret,
    });

    await signIn(page);
    await page.goto(`/monitors?q=${encodeURIComponent(tag)}`);
    await page.getByRole("checkbox", { name: `Select ${tag} plain` }).check();

    const csv = await exportVia(page, "Export selection as CSV");
    expect(csv.fileName).toMatch(/^alertsite-monitors-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toContain("billing_plancode");
    expect(parsed.meta.fields).toContain("location_names");
    expect(parsed.meta.fields).not.toContain("email_password");
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toMatchObject({
      name: `${tag} plain`,
      email: `${tag}-a@example.com`.toLowerCase(),
      interval: "15",
      note: "On call: mail team",
    });
    expect(csv.text).not.toContain(secret);
    expect(csv.text).not.toMatch(/password/i);

    const json = await exportVia(page, "Export all matching as JSON");
    expect(json.fileName).toMatch(/^alertsite-monitors-\d{4}-\d{2}-\d{2}\.json$/);
    const body = JSON.parse(json.text) as { monitors: { name: string }[] };
    expect(body.monitors.map((monitor) => monitor.name).sort()).toEqual([`${tag} plain`, `=SUM(1) ${tag}`].sort());
    expect(json.text).not.toContain(secret);
    expect(json.text).not.toMatch(/password/i);

    // Opened in a spreadsheet, the name that starts with = is text, not a formula.
    const all = await exportVia(page, "Export all matching as CSV");
    const rows = Papa.parse<Record<string, string>>(all.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.name)).toContain(`'=SUM(1) ${tag}`);
  });
});
