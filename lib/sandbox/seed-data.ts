import { buildRoundTrip } from "./monitor-changes";
import type { AccountDefaults, CustomPropertyRef, MonitorRecord, RoundTripRecord } from "./monitor-record";
import type { RoundTripCreate } from "./validate";

export { DEMO_ADMIN, DEMO_READ_ONLY, DEMO_USERS, WRITE_ROLES, type AlertSiteRole, type DemoUser } from "./demo-users";

export type Location = { readonly id: number; readonly name: string; readonly region: string };

export const LOCATIONS: readonly Location[] = [
  { id: 10, name: "Fort Lauderdale, FL", region: "North America" },
  { id: 20, name: "Dallas, TX", region: "North America" },
  { id: 30, name: "San Francisco, CA", region: "North America" },
  { id: 40, name: "London, UK", region: "Europe" },
  { id: 50, name: "Frankfurt, DE", region: "Europe" },
  { id: 60, name: "Singapore", region: "Asia Pacific" },
  { id: 70, name: "Sydney, AU", region: "Asia Pacific" },
  { id: 80, name: "São Paulo, BR", region: "South America" },
];

export type BillingPlan = { readonly code: string; readonly intervals: readonly number[] };

const STANDARD_INTERVALS = [1, 5, 10, 15, 30, 60, 120] as const;

export const BILLING_PLANS: readonly BillingPlan[] = [
  { code: "UBM - A/A", intervals: STANDARD_INTERVALS },
  { code: "UBM - A/B", intervals: STANDARD_INTERVALS },
  { code: "UBM - Email", intervals: STANDARD_INTERVALS },
];

export type CustomProperty = {
  readonly id: number;
  readonly name: string;
  readonly values: readonly { readonly id: number; readonly value: string }[];
};

export const CUSTOM_PROPERTIES: readonly CustomProperty[] = [
  {
    id: 1,
    name: "Team",
    values: [
      { id: 11, value: "Billing" },
      { id: 12, value: "Support" },
      { id: 13, value: "Marketing" },
    ],
  },
  {
    id: 2,
    name: "Priority",
    values: [
      { id: 21, value: "High" },
      { id: 22, value: "Low" },
    ],
  },
];

export const MONITOR_MODES = ["Primary", "Global Verify", "Global Notify", "Round Robin", "SLA"] as const;
export const MAX_TIMEOUT_SECONDS = 300;
export const MAX_NOTE_LENGTH = 255;
export const MAX_ALERT_NOTE_LENGTH = 1000;

/** What a create takes for fields it leaves out: this demo account's defaults (fresh arrays each call). */
export function accountDefaults(): AccountDefaults {
  return {
    enabled: true,
    interval: 15,
    timeout: 300,
    locations: [10, 40],
    home_location: 10,
    mode: "Primary",
    rotate_locations: false,
    monitor_location_count: 1,
    notify_on_error: true,
    retry_on_failure: true,
    note: "",
    alert_note: "",
    allow_internal_testing: true,
    custom_properties: [],
    email_username: "",
    email_password: "",
  };
}

/** Ids handed out by the sandbox: seeds, then user-created monitors, then generated ones. */
export const FIRST_CREATED_ID = 200001;
export const FIRST_GENERATED_ID = 300001;

function roundTrip({ id, ...input }: RoundTripCreate & { id: number }): RoundTripRecord {
  return buildRoundTrip(id, input, accountDefaults());
}

/**
 * The account's monitors at first start. The first id is 123456 because that is the id
 * AlertSite's own documentation uses, so the documented edit example works unchanged.
 */
export function seedMonitors(): MonitorRecord[] {
  return [
    roundTrip({
      id: 123456,
      billing_plancode: "UBM - Email",
      name: "Billing mailbox round trip",
      smtp_hostname: "smtps://smtp.example.com:465",
      pop3_hostname: "pop3s://mail.example.com:995",
      email: "roundtrip-billing@example.com",
      email_username: "roundtrip-billing@example.com",
      email_password: "seed-billing-secret",
      interval: 5,
      timeout: 120,
      locations: [{ id: 10 }, { id: 20 }, { id: 40 }],
      note: "Invoices go out from this relay; page the billing on-call if it fails twice.",
      custom_properties: [
        { id: 1, value_id: 11 },
        { id: 2, value_id: 21 },
      ],
    }),
    roundTrip({
      id: 123457,
      billing_plancode: "UBM - A/A",
      name: "Support desk inbound mail",
      smtp_hostname: "smtp://mx1.support.example.com:25",
      pop3_hostname: "pop3s://pop.support.example.com:995",
      email: "roundtrip-support@support.example.com",
      email_username: "roundtrip-support",
      email_password: "seed-support-secret",
      interval: 10,
      timeout: 300,
      locations: [{ id: 30 }, { id: 50 }, { id: 60 }],
      home_location: 30,
      mode: "Global Verify",
      alert_note: "Customers cannot reach support by email. Check the MX records and the spam filter.",
      custom_properties: [{ id: 1, value_id: 12 }],
    }),
    roundTrip({
      id: 123458,
      billing_plancode: "UBM - A/B",
      name: "Legacy Exchange relay (paused)",
      smtp_hostname: "exchange-relay.corp.example.com",
      pop3_hostname: "exchange-relay.corp.example.com",
      email: "roundtrip-legacy@corp.example.com",
      email_username: "CORP\\roundtrip-legacy",
      email_password: "seed-legacy-secret",
      enabled: false,
      interval: 60,
      timeout: 300,
      locations: [{ id: 10 }],
      note: "Paused during the migration to the hosted relay.",
      custom_properties: [{ id: 2, value_id: 22 }],
    }),
    roundTrip({
      id: 123459,
      billing_plancode: "UBM - Email",
      name: "Marketing newsletter bounce box",
      smtp_hostname: "smtps://smtp.news.example.com:465",
      pop3_hostname: "pop3://bounces.news.example.com:110",
      email: "roundtrip-bounces@news.example.com",
      email_username: "roundtrip-bounces@news.example.com",
      email_password: "seed-marketing-secret",
      interval: 30,
      timeout: 180,
      locations: [{ id: 40 }, { id: 50 }, { id: 70 }, { id: 80 }],
      home_location: 40,
      rotate_locations: true,
      monitor_location_count: 2,
      notify_on_error: false,
      custom_properties: [
        { id: 1, value_id: 13 },
        { id: 2, value_id: 22 },
      ],
    }),
    {
      id: 123460,
      type: "website",
      billing_plancode: "UBM - A/A",
      name: "Company homepage",
      url: "https://www.example.com/",
      enabled: true,
      interval: 5,
      timeout: 60,
      locations: [10, 40, 60],
      home_location: 10,
      mode: "Primary",
      rotate_locations: false,
      monitor_location_count: 1,
      notify_on_error: true,
      retry_on_failure: true,
      note: "",
      alert_note: "",
      allow_internal_testing: true,
      custom_properties: [],
    },
  ];
}

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
