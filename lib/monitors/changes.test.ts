import { describe, expect, it } from "vitest";
import { computeChanges, formValuesFromUpstream, valueLookupFromUpstream, type UpstreamMonitorLike } from "./changes";
import { monitorEditSchema, type MonitorFormValues } from "./schema";

const upstream: UpstreamMonitorLike = {
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

const original = formValuesFromUpstream(upstream);

function edit(changes: Partial<MonitorFormValues>) {
  return computeChanges(original, { ...original, ...changes }, valueLookupFromUpstream(upstream));
}

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

describe("valueLookupFromUpstream", () => {
  it("names locations and property values, also when AlertSite sends ids as strings", () => {
    const lookup = valueLookupFromUpstream({
      id: 1,
      locations: [{ id: 10, name: "Los Angeles" }],
      custom_properties: [{ id: "7", name: "Team", value: "Support", value_id: "71" }, { id: "x" }],
    });
    expect(lookup.locations?.get(10)).toBe("Los Angeles");
    expect(lookup.customProperties?.get(7)?.name).toBe("Team");
    expect(lookup.customProperties?.get(7)?.values?.get(71)).toBe("Support");
    expect(lookup.customProperties?.size).toBe(1);
  });
});

describe("computeChanges", () => {
  it("is a no-op when nothing changed", () => {
    expect(computeChanges(original, original)).toEqual({ body: {}, changes: [] });
  });

  it("ignores cosmetic differences: spacing, number vs string, location and property order", () => {
    expect(
      edit({
        name: "  Support mailbox ",
        interval: 15,
        enabled: true,
        mode: "primary",
        locations: ["40", "10"],
        custom_properties: [
          { id: 2, value_id: 21 },
          { id: "1", value_id: "11" },
        ],
      }),
    ).toEqual({ body: {}, changes: [] });
  });

  it("sends only the changed fields, in API shape, and describes them", () => {
    expect(edit({ interval: "5", enabled: "false", name: "Support inbox" })).toEqual({
      body: { name: "Support inbox", enabled: false, interval: 5 },
      changes: [
        { field: "name", label: "Monitor name", before: "Support mailbox", after: "Support inbox" },
        { field: "enabled", label: "Monitoring on", before: "Yes", after: "No" },
        { field: "interval", label: "Run every", before: "15 minutes", after: "5 minutes" },
      ],
    });
  });

  it("sends the whole location list when it changed, named in the summary", () => {
    expect(edit({ locations: ["10", "40", "50"] })).toEqual({
      body: { locations: [{ id: 10 }, { id: 40 }, { id: 50 }] },
      changes: [
        {
          field: "locations",
          label: "Monitoring locations",
          before: "Los Angeles, London",
          after: "Los Angeles, London, Location 50",
        },
      ],
    });
  });

  it("sends the whole custom property list when one value changed", () => {
    const { body, changes } = edit({
      custom_properties: [
        { id: "1", value_id: "12" },
        { id: "2", value_id: "21" },
      ],
    });
    expect(body).toEqual({
      custom_properties: [
        { id: 1, value_id: 12 },
        { id: 2, value_id: 21 },
      ],
    });
    expect(changes).toEqual([
      {
        field: "custom_properties",
        label: "Custom properties",
        before: "Team: Support; Tier: Gold",
        after: "Team: value 12; Tier: Gold",
      },
    ]);
  });

  it("sends a password only when a new one was typed, and never describes it", () => {
    expect(edit({ email_password: "" })).toEqual({ body: {}, changes: [] });
    const { body, changes } = edit({ email_password: " n3w secret " });
    expect(body).toEqual({ email_password: " n3w secret " });
    expect(changes).toEqual([
      { field: "email_password", label: "Mailbox password", before: "Hidden", after: "Changed" },
    ]);
    expect(JSON.stringify(changes)).not.toContain("n3w");
  });

  it('sends a cleared note as "" so AlertSite clears it', () => {
    expect(edit({ note: "  " })).toEqual({
      body: { note: "" },
      changes: [{ field: "note", label: "Dashboard note", before: "On call: mail team", after: "None" }],
    });
  });

  it("does not send an emptied number or choice: a PATCH cannot reset it (the edit form reports that)", () => {
    expect(edit({ interval: "", enabled: "", mode: "", locations: [] })).toEqual({ body: {}, changes: [] });
  });

  it("sets a field the monitor did not have", () => {
    expect(edit({ retry_on_failure: "true", alert_note: "Call Sam" }).body).toEqual({
      retry_on_failure: true,
      alert_note: "Call Sam",
    });
  });

  it("never includes read-only fields", () => {
    const withExtras = { ...original, id: "999", access_type: "rw", blackout_ids: [1] };
    expect(computeChanges(original, withExtras)).toEqual({ body: {}, changes: [] });
  });

  it("gives a body the server's edit schema accepts unchanged", () => {
    const { body } = edit({
      interval: "5",
      note: "",
      locations: ["40"],
      home_location: "40",
      monitor_location_count: "1",
      email_password: "pw",
    });
    expect(monitorEditSchema.parse(JSON.parse(JSON.stringify(body)))).toEqual(body);
  });

  it("refuses values the form has not validated, without echoing them", () => {
    expect(() => edit({ interval: "soon", email_password: "s3cret", email: "nope" })).toThrow(
      /invalid: email, interval$/,
    );
    expect(() => edit({ email_password: "x".repeat(300) })).toThrow(
      /^computeChanges needs validated form values; invalid: email_password$/,
    );
  });
});
