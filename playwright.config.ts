import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E, E2E_SECRET, SERVER_LOGS } from "./e2e/support/ports";
import { loggedCommand } from "./e2e/support/server-command";

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

/** Creating PGlite's files (every run: see EARLIER_RUN) runs initdb in WebAssembly: tens of seconds on a busy two-core box. */
const CONSOLE_START_TIMEOUT_MS = 180_000;

/** The databases and logs of an earlier run: a run starts without them, so its pages show only its own history. */
const EARLIER_RUN = {
  console: [SERVER_LOGS.consoleDatabase, ...E2E.instancePorts.map((port) => SERVER_LOGS.instance(port))],
  faultConsole: [SERVER_LOGS.faultConsoleDatabase],
};

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
  // Scans both consoles' logs for every token and password the run used (servers still up).
  globalTeardown: "./e2e/support/global-teardown.ts",
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
        // Adds varied@example.com, whose reads vary as AlertSite's documentation allows (e2e/varied-reads.spec.ts).
        SANDBOX_READ_VARIATIONS: "varied@example.com",
      },
    },
    {
      name: "console",
      command: loggedCommand(`npx next start -H 127.0.0.1 -p ${E2E.consolePort}`, SERVER_LOGS.console, {
        fresh: EARLIER_RUN.console,
        before: `: > ${JSON.stringify(SERVER_LOGS.secretsSeen)} && `,
      }),
      url: `${E2E.consoleUrl}/sign-in`,
      reuseExistingServer: false,
      // The first start creates and migrates the console's database before it serves.
      timeout: CONSOLE_START_TIMEOUT_MS,
      stdout: "pipe",
      env: {
        NODE_ENV: "production",
        NEXTAUTH_SECRET: E2E_SECRET,
        NEXTAUTH_URL: E2E.consoleUrl,
        // A production build on the sandbox is refused unless asked for by name.
        ALERTSITE_SANDBOX_IN_PRODUCTION: "1",
        ALERTSITE_SANDBOX_PORT: String(E2E.sandboxPort),
        ALERTSITE_TIMEOUT_MS: "5000",
        PGLITE_DATA_DIR: SERVER_LOGS.consoleDatabase,
      },
    },
    {
      name: "fault-upstream",
      command: "npx tsx e2e/support/fault-upstream-cli.ts",
      url: `${E2E.faultUpstreamOrigin}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { E2E_FAULT_UPSTREAM_PORT: String(E2E.faultUpstreamPort) },
    },
    {
      // The same build a second time, on the fault-injecting AlertSite, with a short timeout.
      name: "fault-console",
      command: loggedCommand(`npx next start -H 127.0.0.1 -p ${E2E.faultConsolePort}`, SERVER_LOGS.faultConsole, {
        fresh: EARLIER_RUN.faultConsole,
      }),
      url: `${E2E.faultConsoleUrl}/sign-in`,
      reuseExistingServer: false,
      timeout: CONSOLE_START_TIMEOUT_MS,
      stdout: "pipe",
      env: {
        NODE_ENV: "production",
        NEXTAUTH_SECRET: E2E_SECRET,
        NEXTAUTH_URL: E2E.faultConsoleUrl,
        ALERTSITE_API_URL: `${E2E.faultUpstreamOrigin}/api/v3`,
        ALERTSITE_TIMEOUT_MS: String(E2E.faultTimeoutMs),
        // A named portal (the fake's own origin) may frame this console; the framing test checks that others may not.
        CONSOLE_FRAME_ANCESTORS: E2E.faultUpstreamOrigin,
        PGLITE_DATA_DIR: SERVER_LOGS.faultConsoleDatabase,
      },
    },
  ],
});
