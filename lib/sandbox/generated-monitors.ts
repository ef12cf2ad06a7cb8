import { BILLING_PLANS } from "./account";
import type { CustomPropertyRef, RoundTripRecord } from "./monitor-record";
import { FIRST_GENERATED_ID, roundTrip } from "./seed-monitors";

const TEAMS = [
  "Billing",
  "Support",
  "Sales",
  "Payroll",
  "Security",
  "Marketing",
  "Operations",
  "Legal",
  "Finance",
  "HR",
];
const REGIONS = [
  { label: "US", locations: [10, 20, 30] },
  { label: "EU", locations: [40, 50] },
  { label: "APAC", locations: [60, 70] },
  { label: "LATAM", locations: [80, 10] },
];
const DOMAINS = ["example.com", "example.net", "example.org", "mail.example.co.uk", "corp.example.com"];
const GENERATED_INTERVALS = [1, 5, 5, 10, 15, 15, 15, 30, 60, 120];
const TIMEOUTS = [60, 120, 180, 300, 300];
const TEAM_VALUE_IDS: Readonly<Record<string, number>> = { Billing: 11, Support: 12, Marketing: 13 };

/** mulberry32: a tiny seeded PRNG, so every run generates the same monitors. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() needs a non-empty list");
  return item;
}

function smtpAddress(host: string, variant: number): string {
  if (variant === 0) return `smtps://${host}:465`;
  if (variant === 1) return `smtp://${host}:25`;
  return host;
}

function pop3Address(host: string, variant: number): string {
  if (variant === 0) return `pop3s://${host}:995`;
  if (variant === 1) return `pop3://${host}:110`;
  return host;
}

function generatedMonitor(index: number, random: () => number): RoundTripRecord {
  const serial = String(index + 1).padStart(4, "0");
  const team = pick(TEAMS, random);
  const region = pick(REGIONS, random);
  const domain = pick(DOMAINS, random);
  const interval = pick(GENERATED_INTERVALS, random);
  const timeout = Math.min(pick(TIMEOUTS, random), interval * 60 - 15);
  const mailbox = `roundtrip-${team.toLowerCase()}-${serial}`;
  const serverVariant = Math.floor(random() * 3);
  const teamValueId = TEAM_VALUE_IDS[team];
  const customProperties: CustomPropertyRef[] = teamValueId === undefined ? [] : [{ id: 1, value_id: teamValueId }];
  const isPaused = random() < 0.15;
  return roundTrip({
    id: FIRST_GENERATED_ID + index,
    billing_plancode: pick(BILLING_PLANS, random).code,
    name: `${team} mailbox ${serial} – ${region.label}`,
    smtp_hostname: smtpAddress(`smtp${(index % 7) + 1}.${domain}`, serverVariant),
    pop3_hostname: pop3Address(`pop${(index % 5) + 1}.${domain}`, serverVariant),
    email: `${mailbox}@${domain}`,
    email_username: random() < 0.5 ? `${mailbox}@${domain}` : mailbox,
    email_password: `generated-${serial}`,
    enabled: !isPaused,
    interval,
    timeout,
    locations: region.locations.map((id) => ({ id })),
    mode: random() < 0.8 ? "Primary" : "Global Verify",
    notify_on_error: random() < 0.9,
    note: isPaused ? "Paused while the mailbox is migrated." : "",
    custom_properties: customProperties,
  });
}

/** `count` realistic round-trip monitors, identical on every call with the same count. */
export function generateMonitors(count: number): RoundTripRecord[] {
  const random = seededRandom(20240522);
  return Array.from({ length: count }, (_, index) => generatedMonitor(index, random));
}
