import { describe, expect, it } from "vitest";
import {
  changedFields,
  describeChanges,
  mergeValueLookups,
  valueLookupFromChoices,
  valueLookupFromUpstream,
} from "./changes";
import { type MonitorFormValues } from "./create-schema";
import { editSchemaFor, monitorEditSchema } from "./edit-schema";
import { formValuesFromUpstream } from "./form-values";
import { upstream } from "./upstream-fixture";

const original = formValuesFromUpstream(upstream);
const lookup = valueLookupFromUpstream(upstream);

/** What Save does: the resolver validates the whole form, then only what differs is sent. */
function edit(changes: Partial<MonitorFormValues>) {
  const edited = { ...original, ...changes };
  const validated = editSchemaFor(upstream).parse(edited);
  return { body: changedFields(original, validated), changes: describeChanges(original, edited, lookup) };
}

describe("valueLookupFromUpstream", () => {
  it("names locations and property values, also when AlertSite sends ids as strings", () => {
    const lookup = valueLookupFromUpstream({
      id: "1",
      locations: [{ id: 10, name: "Los Angeles" }],
      custom_properties: [{ id: "7", name: "Team", value: "Support", value_id: "71" }, { id: "x" }],
    });
    expect(lookup.locations?.get(10)).toBe("Los Angeles");
    expect(lookup.customProperties?.get(7)?.name).toBe("Team");
    expect(lookup.customProperties?.get(7)?.values?.get(71)).toBe("Support");
    expect(lookup.customProperties?.size).toBe(1);
  });
});

describe("changedFields and describeChanges", () => {
  it("is a no-op when nothing changed", () => {
    expect(edit({})).toEqual({ body: {}, changes: [] });
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
    expect(edit({ interval: "30", enabled: "false", name: "Support inbox" })).toEqual({
      body: { name: "Support inbox", enabled: false, interval: 30 },
      changes: [
        { field: "name", label: "Monitor name", before: "Support mailbox", after: "Support inbox" },
        { field: "enabled", label: "Monitoring on", before: "Yes", after: "No" },
        { field: "interval", label: "Run every", before: "15 minutes", after: "30 minutes" },
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

  it("does not describe an emptied number or choice: a PATCH cannot reset it (the edit form reports that)", () => {
    expect(describeChanges(original, { ...original, interval: "", enabled: "", mode: "", locations: [] })).toEqual([]);
  });

  it("leaves out a field the monitor never had and the form left empty", () => {
    expect(edit({ retry_on_failure: "", alert_note: "" })).toEqual({ body: {}, changes: [] });
  });

  it("sets a field the monitor did not have", () => {
    expect(edit({ retry_on_failure: "true", alert_note: "Call Sam" }).body).toEqual({
      retry_on_failure: true,
      alert_note: "Call Sam",
    });
  });

  it("never includes read-only fields", () => {
    const withExtras = { ...original, id: "999", access_type: "rw", blackout_ids: [1] };
    expect(changedFields(original, editSchemaFor(upstream).parse(withExtras))).toEqual({});
    expect(describeChanges(original, withExtras)).toEqual([]);
  });

  it("gives a body the server's edit schema accepts unchanged", () => {
    const { body } = edit({
      interval: "30",
      note: "",
      locations: ["40"],
      home_location: "40",
      monitor_location_count: "1",
      email_password: "pw",
    });
    expect(monitorEditSchema.parse(JSON.parse(JSON.stringify(body)))).toEqual(body);
  });

  it("takes the body from the validated values: trimmed, typed, in API shape", () => {
    expect(edit({ name: " Support inbox ", interval: " 30 ", rotate_locations: "true" }).body).toEqual({
      name: "Support inbox",
      interval: 30,
      rotate_locations: true,
    });
  });
});

describe("names in the change summary", () => {
  it("come from the account's choices too, so a newly chosen location reads as the form shows it", () => {
    const fromChoices = valueLookupFromChoices({
      plans: [],
      locations: [{ id: 70, name: "Sydney, AU" }],
      customProperties: [{ id: 5, name: "Region", values: [{ id: 51, name: "APAC" }] }],
    });
    const both = mergeValueLookups(lookup, fromChoices);
    const changes = describeChanges(
      original,
      { ...original, locations: ["10", "70"], custom_properties: [{ id: "5", value_id: "51" }] },
      both,
    );
    expect(changes.find((change) => change.field === "locations")?.after).toBe("Los Angeles, Sydney, AU");
    expect(changes.find((change) => change.field === "custom_properties")?.after).toBe("Region: APAC");
  });
});
