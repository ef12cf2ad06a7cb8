import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E, E2E_SECRET } from "./e2e/support/ports";

/**
 * Debian's Chromium by default (this project's machines cannot download Playwright's browsers);
 * CHROMIUM_PATH names another binary, and an empty CHROMIUM_PATH uses Playwright's own browser.
 */
function chromiumExecutable(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined) return configured || undefined;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "./e2e",
  testMatch: /.*\.spec\.ts/,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: E2E.consoleUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-gpu",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      name: "sandbox",
      command: "npx tsx lib/sandbox/cli.ts",
      // 401 without a token counts as "up" for Playwright.
      url: `${E2E.sandboxUrl}/monitors`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        ALERTSITE_SANDBOX_PORT: String(E2E.sandboxPort),
        SANDBOX_DATA_FILE: "memory",
        SANDBOX_TOKEN_TTL_SECONDS: "3600",
        SANDBOX_TEST_CONTROLS: "1",
      },
    },
    {
      name: "console",
      command: `npx next start -H 127.0.0.1 -p ${E2E.consolePort}`,
      url: `${E2E.consoleUrl}/sign-in`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: {
        NODE_ENV: "production",
        NEXTAUTH_SECRET: E2E_SECRET,
        NEXTAUTH_URL: E2E.consoleUrl,
        ALERTSITE_SANDBOX_PORT: String(E2E.sandboxPort),
        ALERTSITE_TIMEOUT_MS: "5000",
      },
    },
  ],
});
