import path from "node:path";

// Everything the benchmark runs listens on loopback, on ports away from the dev server (3000/4010)
// and the end-to-end runs (33x1/43x1). Each can be moved with an environment variable.

function portFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name} must be a port number, not ${process.env[name]}`);
  return value;
}

function secondsFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0 || value > 60)
    throw new Error(`${name} must be 1–60 seconds, not ${process.env[name]}`);
  return value;
}

function countFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 9)
    throw new Error(`${name} must be 1–9, not ${process.env[name]}`);
  return value;
}

const HOST = "127.0.0.1";
const consolePort = portFromEnv("BENCH_CONSOLE_PORT", 3341);
const upstreamPort = portFromEnv("BENCH_UPSTREAM_PORT", 4341);
const sandboxPort = portFromEnv("BENCH_SANDBOX_PORT", 4342);
const bulkProxyPort = portFromEnv("BENCH_BULK_PROXY_PORT", 4343);

export const ROOT = path.resolve(__dirname, "..");

export const BENCH = {
  host: HOST,
  distDir: ".next-bench",
  consolePort,
  consoleOrigin: `http://${HOST}:${consolePort}`,
  upstreamPort,
  upstreamUrl: `http://${HOST}:${upstreamPort}/api/v3`,
  sandboxPort,
  sandboxUrl: `http://${HOST}:${sandboxPort}/api/v3`,
  /** The bulk phase's counting proxy in front of the sandbox (bulk/counting-proxy.ts). */
  bulkProxyPort,
  /** Encrypts the bench console's session cookies; nothing outside this run ever sees it. */
  secret: "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  user: { email: "demo@example.com", password: "demo-password" },
  /** Seconds of measured load per path, operation and concurrency (in rounds, after a 1 s warm-up). */
  loadSeconds: secondsFromEnv("BENCH_LOAD_SECONDS", 6),
  /** Lighthouse mobile runs per page; the report keeps the one with the median performance score. */
  lighthouseMobileRuns: countFromEnv("BENCH_LIGHTHOUSE_RUNS", 3),
  resultsDir: path.join(ROOT, "bench", "results"),
} as const;

/**
 * The console's own API paths the bench calls: the only place they are spelled (the in-process handler
 * costs also import the route modules themselves, in overhead/handler-costs-child.ts).
 */
export const CONSOLE_API = {
  list: "/api/monitors",
  create: "/api/monitors",
  edit: (id: string) => `/api/monitors/${id}`,
  bulkActions: "/api/bulk-actions",
  bulkAction: (id: string) => `/api/bulk-actions/${id}`,
} as const;

/**
 * Debian's Chromium by default, like the e2e config; CHROMIUM_PATH names another binary, and an
 * empty CHROMIUM_PATH lets Playwright and chrome-launcher find their own.
 */
export function chromiumPath(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined) return configured || undefined;
  return "/usr/bin/chromium";
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;
