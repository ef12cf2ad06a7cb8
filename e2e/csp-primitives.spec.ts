import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/console";

/**
 * Every Content-Security-Policy violation the page reports (a refused <style> included), gathered
 * in the page itself from the first document on, and the console's own reports of them.
 */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.violatedDirective} refused ${event.blockedURI || "an inline resource"} (${event.sourceFile}:${event.lineNumber} ${event.sample})`,
      );
    });
  });
  return async () => [
    ...logged,
    ...(await page.evaluate(() => {
      const seen: unknown = Reflect.get(window, "__cspViolations");
      return Array.isArray(seen) ? seen.map(String) : ["the violation watcher did not run"];
    })),
  ];
}

test.describe("design-system primitives under the strict CSP", () => {
  test("a modal dialog, the status select and a toast work with no CSP violation", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const violations = await watchCspViolations(page);
    await signIn(page);
    await expect(page.getByRole("table", { name: /Round-trip email monitors/ })).toBeVisible();

    // The modal dialog locks the page's scroll with a <style> it adds: only a nonce lets it apply.
    await page.getByRole("button", { name: /^Sandbox/ }).click();
    const dialog = page.getByRole("dialog", { name: "This console is on the AlertSite sandbox" });
    await expect(dialog).toBeVisible();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("hidden");
    await dialog.getByRole("button", { name: "Got it" }).click();
    await expect(dialog).toHaveCount(0);

    // The status filter is a Radix Select, which locks scrolling the same way while open.
    await page.getByRole("combobox", { name: "Status" }).click();
    await expect(page.getByRole("listbox")).toBeVisible();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("hidden");
    await page.getByRole("option", { name: "OK only" }).click();
    await expect(page).toHaveURL(/status=ok/);

    // A toast: copying a monitor's ID confirms it.
    await page.getByRole("button", { name: "Copy ID 123456" }).click();
    await expect(
      page.getByRole("region", { name: /Notifications/ }).getByText("Copied monitor ID 123456"),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("123456");

    expect(await violations()).toEqual([]);
  });
});
