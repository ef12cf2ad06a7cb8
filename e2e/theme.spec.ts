import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/console";

// The device prefers dark: the console follows it until someone picks a theme.
test.use({ colorScheme: "dark" });

/** Console messages the Content-Security-Policy wrote (a refused script or style), and page errors. */
function watchForCspViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * Notes, in every document this page loads, whether the theme class reached <html> while the body
 * held no content yet: then no content was ever painted in the wrong theme.
 */
async function watchThemeBeforeContent(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const root = document.documentElement;
      if (!root.classList.contains("dark") && !root.classList.contains("light")) return;
      root.dataset.themeSetBeforeContent = String(document.querySelector("header, main") === null);
      observer.disconnect();
    });
    // <html> may not be parsed yet when this runs; watch the whole document.
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["class"] });
  });
}

/** The body's painted background as sRGB relative luminance (0 black, 1 white). */
async function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = Array.from(context.getImageData(0, 0, 1, 1).data).map((channel) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

async function openLoadedList(page: Page): Promise<void> {
  await signIn(page);
  await expect(page.getByRole("table", { name: /Round-trip email monitors/ })).toBeVisible();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) })),
  ).toEqual([]);
}

async function chooseTheme(page: Page, theme: "Light" | "Dark" | "System"): Promise<void> {
  await page.getByRole("button", { name: "Theme" }).click();
  await page.getByRole("menuitemradio", { name: theme }).click();
}

test.describe("theme", () => {
  test("a device that prefers dark gets the dark console from the first paint", async ({ page }) => {
    const problems = watchForCspViolations(page);
    await watchThemeBeforeContent(page);
    await openLoadedList(page);

    const html = page.locator("html");
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(html).toHaveAttribute("data-theme-set-before-content", "true");
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    expect(problems).toEqual([]);
  });

  test("choosing Light overrides the device and survives a reload", async ({ page }) => {
    const problems = watchForCspViolations(page);
    await watchThemeBeforeContent(page);
    await openLoadedList(page);

    await chooseTheme(page, "Light");
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/\bdark\b/);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.9);

    await page.reload();
    await expect(page.getByRole("table", { name: /Round-trip email monitors/ })).toBeVisible();
    await expect(html).toHaveClass(/\blight\b/);
    await expect(html).toHaveAttribute("data-theme-set-before-content", "true");
    expect(await bodyLuminance(page)).toBeGreaterThan(0.9);

    // System hands the choice back to the device, which prefers dark.
    await chooseTheme(page, "System");
    await expect(html).toHaveClass(/\bdark\b/);
    expect(problems).toEqual([]);
  });

  test("axe finds no violations on the list in dark", async ({ page }) => {
    await openLoadedList(page);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectNoAxeViolations(page);
  });

  test("axe finds no violations on the list in light", async ({ page }) => {
    await openLoadedList(page);
    await chooseTheme(page, "Light");
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
    await expectNoAxeViolations(page);
  });
});
