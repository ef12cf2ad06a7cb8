import { type UpstreamMonitor } from "./upstream";

/** A round-trip monitor as AlertSite returns it, with most fields set: for the edit tests. */
export const upstream: UpstreamMonitor = {
  id: "123456",
  name: "Support mailbox",
  billing_plancode: "UBM - A/A",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip@example.com",
  email_username: "roundtrip",
  enabled: true,
  interval: 15,
  timeout: 300,
  locations: [
    { id: 10, name: "Los Angeles", region: "US" },
    { id: 40, name: "London", region: "EU" },
  ],
  home_location: 10,
  mode: "Primary",
  rotate_locations: false,
  monitor_location_count: 2,
  notify_on_error: true,
  note: "On call: mail team",
  custom_properties: [
    { id: 1, name: "Team", value: "Support", value_id: 11 },
    { id: 2, name: "Tier", value: "Gold", value_id: 21 },
    { id: 3, name: "Unset" },
  ],
};
