import { describe, expect, it } from "vitest";
import { FIELD_GROUPS, MONITOR_FIELDS, fieldsInGroup, formatFieldValue } from "./fields";
import { MONITOR_FIELD_NAMES, REQUIRED_FIELDS } from "./field-names";

describe("field labels and help", () => {
  it("labels every writable field in plain words, with help and a group shown on the form", () => {
    const groups = new Set(FIELD_GROUPS.map((group) => group.id));
    for (const field of MONITOR_FIELD_NAMES) {
      const info = MONITOR_FIELDS[field];
      expect(info.label).not.toMatch(/_/);
      expect(info.help.length).toBeGreaterThan(10);
      expect(groups.has(info.group)).toBe(true);
    }
  });

  it("puts each field in exactly one group, required fields first", () => {
    expect(FIELD_GROUPS.map((group) => group.id)).toEqual(["basics", "mail", "schedule", "alerts", "notes"]);
    expect(FIELD_GROUPS.flatMap((group) => fieldsInGroup(group.id)).sort()).toEqual([...MONITOR_FIELD_NAMES].sort());
    expect(fieldsInGroup("basics")).toEqual(["billing_plancode", "name"]);
    expect(fieldsInGroup("mail")).toEqual([
      "smtp_hostname",
      "pop3_hostname",
      "email",
      "email_username",
      "email_password",
    ]);
    // Required fields are only in sections that are always open.
    const alwaysOpen = FIELD_GROUPS.filter((group) => group.isAlwaysOpen).flatMap((group) => fieldsInGroup(group.id));
    for (const field of REQUIRED_FIELDS) expect(alwaysOpen).toContain(field);
  });

  it("uses the agreed labels", () => {
    expect(MONITOR_FIELDS.smtp_hostname.label).toBe("Outgoing mail server (SMTP)");
    expect(MONITOR_FIELDS.timeout.label).toBe("Time limit (seconds)");
    expect(MONITOR_FIELDS.smtp_hostname.help).toMatch(/smtps:\/\/smtp\.example\.com:465.*without a login/);
    expect(MONITOR_FIELDS.email.help).toMatch(/dedicated mailbox/);
    expect(MONITOR_FIELDS.email_password.help).toMatch(/never shows it again/);
  });
});

describe("formatFieldValue", () => {
  const lookup = {
    locations: new Map([
      [10, "Los Angeles"],
      [40, "London"],
    ]),
    customProperties: new Map([[1, { name: "Team", values: new Map([[11, "Support"]]) }]]),
  };

  it.each([
    ["enabled", true, "Yes"],
    ["enabled", "false", "No"],
    ["notify_on_error", "", "Account default"],
    ["interval", 15, "15 minutes"],
    ["interval", "1", "1 minute"],
    ["interval", undefined, "Account default"],
    ["timeout", 300, "300 seconds"],
    ["monitor_location_count", 2, "2 locations"],
    ["note", "", "None"],
    ["name", "  Support  ", "Support"],
    ["mode", "Global Verify", "Global Verify"],
    ["locations", [], "Account default"],
  ] as const)("%s %j reads %j", (field, value, text) => {
    expect(formatFieldValue(field, value)).toBe(text);
  });

  it("names locations and properties when given a lookup, and falls back to ids", () => {
    expect(formatFieldValue("locations", [{ id: 10 }, { id: 40 }, { id: 50 }], lookup)).toBe(
      "Los Angeles, London, Location 50",
    );
    expect(formatFieldValue("locations", ["10"], lookup)).toBe("Los Angeles");
    expect(formatFieldValue("home_location", 40, lookup)).toBe("London");
    expect(formatFieldValue("home_location", "50")).toBe("Location 50");
    expect(
      formatFieldValue(
        "custom_properties",
        [
          { id: 1, value_id: 11 },
          { id: 2, value_id: 21 },
        ],
        lookup,
      ),
    ).toBe("Team: Support; Property 2: value 21");
  });

  it("never shows the password", () => {
    expect(formatFieldValue("email_password", "s3cret")).toBe("Changed");
  });
});
