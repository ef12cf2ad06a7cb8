import type { MonitorRecord, RoundTripRecord } from "./monitor-record";

// The sandbox's simple rules for how a round-trip monitor fares (README "Status and tests"): a mailbox
// or server under `.invalid` cannot be resolved (51), a mailbox at `timeout.example` never receives the
// test message (2), anything else is OK (0). Website monitors are always OK.

export type Outcome = { code: number; description: string };

export const OK: Outcome = { code: 0, description: "Site is OK Now!" };
export const UNRESOLVED: Outcome = { code: 51, description: "Warning-Unable to resolve IP" };
export const TIMEOUT_DOMAIN = "timeout.example";

/** The host of `smtps://host:465`, `pop3://host`, a bare host, or the domain of a mailbox; lower case. */
export function hostOf(value: string): string {
  const afterAt = value.includes("@") ? value.slice(value.lastIndexOf("@") + 1) : value;
  const withoutScheme = afterAt.replace(/^[a-z0-9]+:\/\//i, "");
  return (withoutScheme.split(/[:/]/)[0] ?? "").trim().toLowerCase();
}

const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export function roundTripOutcome(
  monitor: Pick<RoundTripRecord, "email" | "smtp_hostname" | "pop3_hostname" | "timeout">,
): Outcome {
  const hosts = [monitor.email, monitor.smtp_hostname, monitor.pop3_hostname].map(hostOf);
  if (hosts.some((host) => isUnder(host, "invalid"))) return UNRESOLVED;
  if (isUnder(hostOf(monitor.email), TIMEOUT_DOMAIN)) {
    return {
      code: 2,
      description: `Timeout - test message not received within ${monitor.timeout} seconds`,
    };
  }
  return OK;
}

export function outcomeOf(monitor: MonitorRecord): Outcome {
  return monitor.type === "email-round-trip" ? roundTripOutcome(monitor) : OK;
}
