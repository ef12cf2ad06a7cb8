/** Loopback ports for the end-to-end run, chosen away from the dev defaults (3000, 4010). */
const consolePort = Number(process.env.E2E_CONSOLE_PORT ?? 3311);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4311);

export const E2E = {
  consolePort,
  sandboxPort,
  consoleUrl: `http://127.0.0.1:${consolePort}`,
  sandboxUrl: `http://127.0.0.1:${sandboxPort}/api/v3`,
} as const;

/** The session secret the e2e console runs with; tests use it to read what the cookie holds. */
export const E2E_SECRET = "e2e-only-secret-0123456789abcdefghijklmnop";
