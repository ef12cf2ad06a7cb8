import "server-only";
import { z } from "zod";
import { isSandboxAllowedInProduction, SANDBOX_IN_PRODUCTION } from "@/lib/startup/production-config";

/** Where the built-in sandbox listens when no real AlertSite URL is configured. */
export const DEFAULT_SANDBOX_PORT = 4010;
export const SANDBOX_BASE_PATH = "/api/v3";

// An empty variable (`FOO=` in an env file) means "not set", not "set to nothing".
const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().optional());

const envSchema = z.object({
  ALERTSITE_API_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url({ protocol: /^https?$/, error: "ALERTSITE_API_URL must be an http(s) URL" }).optional(),
  ),
  ALERTSITE_SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(DEFAULT_SANDBOX_PORT),
  ALERTSITE_TIMEOUT_MS: z.coerce.number().int().positive().max(120_000).default(15_000),
  NEXTAUTH_SECRET: optionalText,
  // How many reverse proxies in front of the console append to X-Forwarded-For (0: trust none).
  TRUST_PROXY: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(0).max(10).default(0),
  ),
  DATABASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// or postgresql:// URL" }).optional(),
  ),
  PGLITE_DATA_DIR: z.preprocess((value) => (value === "" ? undefined : value), z.string().default(".data/pglite")),
  HISTORY_RETENTION_DAYS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(1).max(36_500).default(400),
  ),
  // A bulk action's requests in flight at once: a few, so one person's action never floods AlertSite.
  BULK_CONCURRENCY: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(1).max(32).default(4),
  ),
});

/** Where the console keeps its own state (the change history): PostgreSQL, or embedded PGlite. */
export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  /** `dataDir` is null for `PGLITE_DATA_DIR=memory`: nothing is kept after the process ends. */
  | { kind: "pglite"; dataDir: string | null };

export type ConsoleConfig = {
  /** AlertSite API base URL without a trailing slash, e.g. https://api.alertsite.com/api/v3 */
  alertSiteApiUrl: string;
  /** True when the console talks to its built-in sandbox rather than a real AlertSite. */
  isSandbox: boolean;
  alertSiteTimeoutMs: number;
  /** Proxies whose X-Forwarded-For entries are trusted; 0 means the client address is unknown. */
  trustedProxyHops: number;
  database: DatabaseConfig;
  /** History entries older than this many days are pruned. */
  historyRetentionDays: number;
  /** Requests one bulk action keeps in flight at most. */
  bulkConcurrency: number;
};

let cached: ConsoleConfig | undefined;

export function getConfig(): ConsoleConfig {
  if (cached) return cached;
  const env = envSchema.parse(process.env);
  const realUrl = env.ALERTSITE_API_URL?.replace(/\/+$/, "");
  // The start-up check (instrumentation.ts) already refuses this; no request may reach the sandbox by accident either.
  if (realUrl === undefined && process.env.NODE_ENV === "production" && !isSandboxAllowedInProduction(process.env)) {
    throw new Error(`ALERTSITE_API_URL is not set and ${SANDBOX_IN_PRODUCTION} is not 1: no sandbox in production.`);
  }
  cached = {
    alertSiteApiUrl: realUrl ?? `http://127.0.0.1:${env.ALERTSITE_SANDBOX_PORT}${SANDBOX_BASE_PATH}`,
    isSandbox: realUrl === undefined,
    alertSiteTimeoutMs: env.ALERTSITE_TIMEOUT_MS,
    trustedProxyHops: env.TRUST_PROXY,
    database: env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR === "memory" ? null : env.PGLITE_DATA_DIR },
    historyRetentionDays: env.HISTORY_RETENTION_DAYS,
    bulkConcurrency: env.BULK_CONCURRENCY,
  };
  return cached;
}

/** Test hook: forget the parsed environment so the next getConfig() reads it again. */
export function resetConfigForTests(): void {
  cached = undefined;
}
