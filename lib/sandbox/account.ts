import type { AccountDefaults } from "./monitor-record";

/** The demo account's catalogue: what monitors may refer to, and the limits AlertSite checks. */

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
