import { accountDefaults } from "./account";
import { buildRoundTrip } from "./monitor-changes";
import type { MonitorRecord, RoundTripRecord } from "./monitor-record";
import type { RoundTripCreate } from "./round-trip-input";

/** Ids handed out by the sandbox: seeds, then user-created monitors, then generated ones. */
export const FIRST_CREATED_ID = 200001;
export const FIRST_GENERATED_ID = 300001;

/** A round-trip seed: the given fields over the account defaults. */
export function roundTrip({ id, ...input }: RoundTripCreate & { id: number }): RoundTripRecord {
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
    // Two that fail by the sandbox's status rules (health-rules.ts), so a fresh sandbox shows failures.
    roundTrip({
      id: 123461,
      billing_plancode: "UBM - Email",
      name: "Sales mailbox (name does not resolve)",
      smtp_hostname: "smtps://smtp.sales.example.com:465",
      pop3_hostname: "pop3s://pop.sales.invalid:995",
      email: "roundtrip-sales@sales.example.com",
      email_username: "roundtrip-sales",
      email_password: "seed-sales-secret",
      interval: 15,
      timeout: 300,
      locations: [{ id: 20 }, { id: 40 }],
      note: "The POP3 server was renamed during the mail migration.",
    }),
    roundTrip({
      id: 123462,
      billing_plancode: "UBM - A/A",
      name: "HR inbox (message never arrives)",
      smtp_hostname: "smtp://relay.hr.example.com:25",
      pop3_hostname: "pop3s://pop.timeout.example:995",
      email: "roundtrip-hr@timeout.example",
      email_username: "roundtrip-hr@timeout.example",
      email_password: "seed-hr-secret",
      interval: 5,
      timeout: 120,
      locations: [{ id: 10 }, { id: 50 }],
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
