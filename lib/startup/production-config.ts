import { MISSING_SECRET_MESSAGE } from "@/lib/auth/secret-message";

/** Set to 1 to run the built-in sandbox (demo logins, no real AlertSite) in production on purpose. */
export const SANDBOX_IN_PRODUCTION = "ALERTSITE_SANDBOX_IN_PRODUCTION";

const MIN_SECRET_LENGTH = 32;
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

type Environment = Readonly<Record<string, string | undefined>>;

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Whether the production console may use the built-in sandbox: only when told so by name. */
export function isSandboxAllowedInProduction(env: Environment): boolean {
  return env[SANDBOX_IN_PRODUCTION] === "1";
}

function alertSiteUrlProblem(env: Environment): string | undefined {
  const configured = env.ALERTSITE_API_URL || undefined;
  if (configured === undefined) {
    if (isSandboxAllowedInProduction(env)) return undefined;
    return (
      "ALERTSITE_API_URL is not set, so the console would send people's passwords to its built-in sandbox. " +
      "Set it to AlertSite's API address, e.g. ALERTSITE_API_URL=https://api.alertsite.com/api/v3. " +
      `To run the sandbox with its demo logins in production on purpose, set ${SANDBOX_IN_PRODUCTION}=1.`
    );
  }
  const url = parsedUrl(configured);
  // Plain http is accepted only on this machine (a local test double or a sidecar): nothing crosses a network.
  if (url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))) return undefined;
  return (
    "ALERTSITE_API_URL must be an https:// address: sign-in sends people's AlertSite passwords to it. " +
    "Set it to e.g. ALERTSITE_API_URL=https://api.alertsite.com/api/v3."
  );
}

function consoleUrlProblem(env: Environment): string | undefined {
  const url = parsedUrl(env.NEXTAUTH_URL ?? "");
  if (url && (url.protocol === "https:" || url.protocol === "http:")) return undefined;
  return (
    "NEXTAUTH_URL is not set to the console's public address. Set it, e.g. NEXTAUTH_URL=https://monitors.example.com: " +
    "secure cookies, HSTS and the check that changes come from this site depend on it."
  );
}

function secretProblem(env: Environment): string | undefined {
  const secret = env.NEXTAUTH_SECRET ?? "";
  if (secret === "") return MISSING_SECRET_MESSAGE;
  if (secret.length >= MIN_SECRET_LENGTH) return undefined;
  return (
    `NEXTAUTH_SECRET is ${secret.length} characters long; the console needs at least ${MIN_SECRET_LENGTH}, ` +
    "because it encrypts sessions that hold AlertSite tokens. Generate one with `openssl rand -base64 32`."
  );
}

/** Every reason a production start would be unsafe, each saying what to set; empty when it is safe. */
export function unsafeProductionConfig(env: Environment): string[] {
  return [alertSiteUrlProblem(env), consoleUrlProblem(env), secretProblem(env)].filter(
    (problem): problem is string => problem !== undefined,
  );
}

/**
 * A production server with an unsafe configuration would start and then serve the sandbox to real
 * users, or fail every sign-in: refusing to start says what is wrong before anyone depends on it.
 */
export function refuseUnsafeProductionStart(env: Environment = process.env): void {
  if (env.NODE_ENV !== "production") return;
  const problems = unsafeProductionConfig(env);
  if (problems.length === 0) return;
  console.error(`\nThe console refuses to start:\n${problems.map((problem) => `- ${problem}`).join("\n")}\n`);
  process.exit(1);
}
