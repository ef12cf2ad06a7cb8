import { describe, expect, it } from "vitest";
import { formValuesFromUpstream } from "./form-values";
import { upstream } from "./upstream-fixture";

const original = formValuesFromUpstream(upstream);

describe("formValuesFromUpstream", () => {
  it("turns an AlertSite read into form strings, with an empty password", () => {
    expect(original).toEqual({
      billing_plancode: "UBM - A/A",
      name: "Support mailbox",
      smtp_hostname: "smtps://smtp.example.com:465",
      pop3_hostname: "pop3s://pop.example.com:995",
      email: "roundtrip@example.com",
      email_username: "roundtrip",
      email_password: "",
      enabled: "true",
      interval: "15",
      timeout: "300",
      locations: ["10", "40"],
      home_location: "10",
      mode: "Primary",
      rotate_locations: "false",
      monitor_location_count: "2",
      notify_on_error: "true",
      retry_on_failure: "",
      note: "On call: mail team",
      alert_note: "",
      allow_internal_testing: "",
      custom_properties: [
        { id: "1", value_id: "11" },
        { id: "2", value_id: "21" },
      ],
    });
  });

  it("copes with a monitor that has only an id, or nulls", () => {
    const values = formValuesFromUpstream({ id: "1", interval: null, locations: null });
    expect(values.name).toBe("");
    expect(values.interval).toBe("");
    expect(values.locations).toEqual([]);
  });
});
