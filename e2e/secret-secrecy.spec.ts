import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { FAULT_USER, faultName } from "./support/fault-scenarios";
import { openCreateFormOnFaultConsole } from "./support/fault-console";
import { MonitorForm } from "./support/monitor-form";
import { DIST_DIR, E2E_SECRET } from "./support/ports";
import { MAILBOX_PASSWORDS } from "./support/test-secrets";

// The token, the sign-in password and the mailbox password stay where they belong: never in a
// response to the browser, a URL, browser storage or the client bundle. (The server logs are
// scanned for them at the end of the run: e2e/support/global-teardown.ts.)

const MAILBOX_PASSWORD = MAILBOX_PASSWORDS.secrecy;

type Seen = { urls: string[]; responses: { url: string; text: string }[] };

function watch(page: Page): Seen {
  const seen: Seen = { urls: [], responses: [] };
  page.on("request", (request) => seen.urls.push(request.url()));
  page.on("framenavigated", (frame) => seen.urls.push(frame.url()));
  page.on("response", async (response) => {
    const headers = JSON.stringify(await response.allHeaders());
    const body = await response.text().catch(() => "");
    seen.responses.push({ url: response.url(), text: `${headers}\n${body}` });
  });
  return seen;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

test("the token and both passwords never come back to the browser, in a URL or in storage", async ({ page }) => {
  const seen = watch(page);
  const token = await openCreateFormOnFaultConsole(page);
  const form = new MonitorForm(page);

  // A create that works, one whose error quotes the mailbox password, one that ends the session.
  for (const name of [
    `Secrecy ${test.info().testId}`,
    faultName("400-echo", `secrecy ${test.info().testId}`),
    faultName("401", `secrecy ${test.info().testId}`),
  ]) {
    await form.fillRequired({ name });
    await form.openGroup("Mailbox login");
    await form.field("email_password").fill(MAILBOX_PASSWORD);
    const answer = page.waitForResponse(
      (response) => response.url().endsWith("/api/monitors") && response.request().method() === "POST",
    );
    await page.getByRole("button", { name: "Create monitor" }).click();
    if ((await answer).ok()) await page.getByRole("button", { name: "Create another monitor" }).click();
    else
      await expect(
        page
          .getByRole("alert")
          .filter({ hasText: /AlertSite did not create the monitor|Your AlertSite session has ended/ }),
      ).toBeVisible();
  }
  await page.getByRole("button", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.waitForLoadState("networkidle");

  const storage = await page.evaluate(() =>
    JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage }, cookies: document.cookie }),
  );
  expect(seen.responses.length).toBeGreaterThan(10);
  for (const secret of [token, FAULT_USER.password, MAILBOX_PASSWORD]) {
    for (const url of seen.urls) {
      expect(url).not.toContain(secret);
      expect(url).not.toContain(encodeURIComponent(secret));
    }
    for (const { url, text } of seen.responses) expect(text, `response of ${url}`).not.toContain(secret);
    expect(storage).not.toContain(secret);
  }
});

test("the client bundle holds no session secret, no token field and no password typed in these tests", () => {
  const files = filesUnder(path.join(DIST_DIR, "static"));
  const scripts = files.filter((file) => file.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(5);
  const forbidden = [E2E_SECRET, "alertSiteToken", FAULT_USER.password, ...Object.values(MAILBOX_PASSWORDS)];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const value of forbidden)
      expect(text.includes(value), `${path.relative(DIST_DIR, file)} contains ${value.slice(0, 8)}…`).toBe(false);
  }
});
