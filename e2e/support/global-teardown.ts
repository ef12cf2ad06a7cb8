import { existsSync, readFileSync } from "node:fs";
import { DEMO, READ_ONLY } from "./console";
import { FAULT_USER } from "./fault-scenarios";
import { E2E, E2E_SECRET, SERVER_LOGS } from "./ports";
import { readSecretsSeen, type SeenSecret } from "./secrets-seen";
import { MAILBOX_PASSWORDS } from "./test-secrets";

// After every spec has run and while the servers are still up: nothing secret may be in what the
// consoles wrote to their logs during the whole run: no AlertSite token (those the tests saw,
// and every one the fault upstream issued), no sign-in password, no mailbox password typed.

const KNOWN_SECRETS: SeenSecret[] = [
  { kind: "session secret", value: E2E_SECRET },
  { kind: "sign-in password", value: DEMO.password },
  { kind: "sign-in password", value: READ_ONLY.password },
  { kind: "sign-in password", value: FAULT_USER.password },
  { kind: "wrong sign-in password", value: "not-the-password" },
  { kind: "mailbox password", value: "mailbox-secret" },
  ...Object.values(MAILBOX_PASSWORDS).map((value) => ({ kind: "mailbox password", value })),
];

async function faultUpstreamTokens(): Promise<SeenSecret[]> {
  const response = await fetch(`${E2E.faultUpstreamOrigin}/__fault/tokens`).catch(() => undefined);
  if (!response?.ok) return [];
  const body: unknown = await response.json();
  const tokens =
    typeof body === "object" && body !== null && "tokens" in body && Array.isArray(body.tokens) ? body.tokens : [];
  return tokens
    .filter((token): token is string => typeof token === "string")
    .map((value) => ({ kind: "AlertSite token", value }));
}

export default async function scanServerLogs(): Promise<void> {
  const secrets = [...KNOWN_SECRETS, ...readSecretsSeen(), ...(await faultUpstreamTokens())];
  const problems: string[] = [];
  // The two-instance spec's consoles wrote logs only if it ran.
  const instanceLogs = E2E.instancePorts.map((port) => SERVER_LOGS.instance(port)).filter((file) => existsSync(file));
  for (const file of [SERVER_LOGS.console, SERVER_LOGS.faultConsole, ...instanceLogs]) {
    if (!existsSync(file)) {
      problems.push(`${file} is missing: the console's output was not captured`);
      continue;
    }
    const log = readFileSync(file, "utf8");
    if (!log.includes("Ready")) problems.push(`${file} does not look like a console's output`);
    for (const { kind, value } of secrets) {
      // Only a prefix is repeated here, so the report itself does not spread the secret.
      if (log.includes(value)) problems.push(`${file} contains a ${kind} (${value.slice(0, 6)}…)`);
    }
  }
  const tokenCount = secrets.filter((secret) => secret.kind === "AlertSite token").length;
  if (problems.length > 0) throw new Error(`Secrets in the server logs:\n${problems.join("\n")}`);
  console.log(
    `server log scan: ${tokenCount} AlertSite tokens and ${secrets.length - tokenCount} passwords and secrets, none in the console logs`,
  );
}
