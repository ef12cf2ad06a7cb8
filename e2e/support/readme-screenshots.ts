/**
 * Retakes the README's screenshots from a running console on the sandbox (`npm run dev`, or
 * CONSOLE_URL=http://127.0.0.1:3391 for another one): `npm run screenshots`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

const CONSOLE_URL = process.env.CONSOLE_URL ?? "http://localhost:3000";
const OUT_DIR = path.resolve("docs/screenshots");
const DEMO = { email: "demo@example.com", password: "demo-password" };
const SEED_ID = "123456";

/** `ready` is present once the page shows its data (a monitor's row, the form); `filled` is an input that must hold a value. */
type Shot = { file: string; path: string; colorScheme: "light" | "dark"; ready: string; filled?: string };

const SHOTS: readonly Shot[] = [
  { file: "monitors-list-light.png", path: "/monitors", colorScheme: "light", ready: 'main tbody a[href$="/edit"]' },
  {
    file: "edit-monitor-dark.png",
    path: `/monitors/${SEED_ID}/edit`,
    colorScheme: "dark",
    ready: "main form",
    filled: 'main form [name="name"]',
  },
];

async function take(browser: Browser, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: shot.colorScheme,
  });
  const page = await context.newPage();
  await page.goto(new URL("/sign-in", CONSOLE_URL).toString());
  await page.getByLabel("AlertSite email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/monitors/);
  await page.goto(new URL(shot.path, CONSOLE_URL).toString());
  await page.locator(shot.ready).first().waitFor();
  if (shot.filled) {
    const filled = shot.filled;
    // The form's values arrive with hydration: the server's HTML has the inputs empty.
    await page.waitForFunction(
      (selector) => Boolean(document.querySelector<HTMLInputElement>(selector)?.value),
      filled,
    );
  }
  await page.screenshot({ path: path.join(OUT_DIR, shot.file) });
  await context.close();
  console.log(`wrote docs/screenshots/${shot.file}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    for (const shot of SHOTS) await take(browser, shot);
  } finally {
    await browser.close();
  }
}

void main();
