import path from "node:path";

/** Loopback ports for the end-to-end run, chosen away from the dev defaults (3000, 4010). */
const consolePort = Number(process.env.E2E_CONSOLE_PORT ?? 3311);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4311);
// Next to the main pair by default, so a run on other ports never collides with someone else's.
const faultConsolePort = Number(process.env.E2E_FAULT_CONSOLE_PORT ?? consolePort + 1);
const faultUpstreamPort = Number(process.env.E2E_FAULT_UPSTREAM_PORT ?? sandboxPort + 1);
// The two-instance spec's own consoles and PostgreSQL, also derived from the console port by default.
const instanceAPort = Number(process.env.E2E_INSTANCE_A_PORT ?? consolePort + 4);
const instanceBPort = Number(process.env.E2E_INSTANCE_B_PORT ?? instanceAPort + 1);
const postgresPort = Number(process.env.E2E_POSTGRES_PORT ?? 55_400 + (consolePort % 100));

export const E2E = {
  consolePort,
  sandboxPort,
  consoleUrl: `http://127.0.0.1:${consolePort}`,
  sandboxUrl: `http://127.0.0.1:${sandboxPort}/api/v3`,
  /** A second console, on the fault-injecting fake AlertSite (e2e/support/fault-upstream.ts). */
  faultConsolePort,
  faultConsoleUrl: `http://127.0.0.1:${faultConsolePort}`,
  faultUpstreamPort,
  faultUpstreamOrigin: `http://127.0.0.1:${faultUpstreamPort}`,
  /** How long the fault console waits for AlertSite (ALERTSITE_TIMEOUT_MS). */
  faultTimeoutMs: 10_000,
  /** e2e/two-instances.spec.ts: two more consoles of the same build, sharing one PostgreSQL. */
  instancePorts: [instanceAPort, instanceBPort],
  postgresPort,
} as const;

/** The session secret the e2e consoles run with; tests use it to read what the cookie holds. */
export const E2E_SECRET = "e2e-only-secret-0123456789abcdefghijklmnop";

/** The build under test (next.config.js reads NEXT_DIST_DIR). */
export const DIST_DIR = path.resolve(process.env.NEXT_DIST_DIR || ".next");

/**
 * Where the consoles' output is captured for the log assertions and the secret scan: beside the
 * build being tested (git-ignored), per console port so that parallel runs never share a file.
 */
export const SERVER_LOGS = {
  dir: path.join(DIST_DIR, `e2e-logs-${consolePort}`),
  get console() {
    return path.join(this.dir, "console.log");
  },
  get faultConsole() {
    return path.join(this.dir, "fault-console.log");
  },
  /** Each console's embedded database (PGlite), removed when a run starts (playwright.config.ts). */
  get consoleDatabase() {
    return path.join(this.dir, "pglite-console");
  },
  get faultConsoleDatabase() {
    return path.join(this.dir, "pglite-fault-console");
  },
  /** A console the two-instance spec starts, by its port. */
  instance(port: number) {
    return path.join(this.dir, `instance-${port}.log`);
  },
  /** Tokens and passwords the tests saw, one per line, for the end-of-run scan. */
  get secretsSeen() {
    return path.join(this.dir, "secrets-seen.txt");
  },
};
