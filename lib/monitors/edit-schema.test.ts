import { describe, expect, it } from "vitest";
import { editSchemaFor, monitorEditSchema } from "./edit-schema";
import { type UpstreamMonitor } from "./upstream";

/** A monitor as AlertSite returns it. */
const current: UpstreamMonitor = {
  id: "123456",
  name: "Support mailbox",
  interval: 15,
  timeout: 300,
  locations: [
    { id: 10, name: "Los Angeles", region: "US" },
    { id: 40, name: "London", region: "EU" },
  ],
  home_location: 10,
  monitor_location_count: 2,
  enabled: true,
  mode: "Primary",
  note: "On call: mail team",
};

function pathsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.map(String).join("."), issue.message]),
  );
}

describe("monitorEditSchema", () => {
  it("accepts an empty patch and any single field", () => {
    expect(monitorEditSchema.parse({})).toEqual({});
    expect(monitorEditSchema.parse({ name: " New name " })).toEqual({ name: "New name" });
    expect(monitorEditSchema.parse({ interval: "5" })).toEqual({ interval: 5 });
    expect(monitorEditSchema.parse({ locations: ["40"] })).toEqual({ locations: [{ id: 40 }] });
  });

  it.each(["billing_plancode", "name", "smtp_hostname", "pop3_hostname", "email"])(
    "still requires %s to be filled in when it is in the patch",
    (field) => {
      expect(pathsOf(monitorEditSchema.safeParse({ [field]: "  " }))[field]).toMatch(/^Enter /);
    },
  );

  it("applies the same per-field rules as create", () => {
    const result = pathsOf(
      monitorEditSchema.safeParse({
        smtp_hostname: "imap://x",
        pop3_hostname: "imap://x",
        timeout: "301",
        note: "a".repeat(256),
        enabled: "maybe",
      }),
    );
    expect(result.smtp_hostname).toMatch(/smtp:\/\/ or smtps:\/\//);
    expect(result.pop3_hostname).toMatch(/^POP3 only: use pop3:\/\/ or pop3s:\/\//);
    expect(result.timeout).toMatch(/1 to 300 seconds/);
    expect(result.note).toMatch(/1 character too long/);
    expect(result.enabled).toBe("Choose Yes, No or Account default.");
  });

  it('sends an emptied note, alert note or login name as "" so it is cleared', () => {
    expect(monitorEditSchema.parse({ note: "", alert_note: "  ", email_username: "" })).toEqual({
      note: "",
      alert_note: "",
      email_username: "",
    });
  });

  it("leaves an empty password, number or choice out: nothing to change", () => {
    expect(monitorEditSchema.parse({ email_password: "", interval: "", enabled: "", mode: "", locations: [] })).toEqual(
      {},
    );
  });

  it("drops read-only, unknown and __proto__ keys", () => {
    const input: unknown = JSON.parse(
      '{"id": "1", "access_type": "x", "blackout_ids": [], "__proto__": {"polluted": 1}, "name": "N"}',
    );
    const body = monitorEditSchema.parse(input);
    expect(body).toEqual({ name: "N" });
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Reflect.get({}, "polluted")).toBeUndefined();
  });

  it("is idempotent", () => {
    const once = monitorEditSchema.parse({
      interval: "5",
      note: "",
      locations: ["10"],
      custom_properties: [{ id: "1", value_id: "2" }],
      enabled: "false",
    });
    expect(monitorEditSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it("has no cross-field rules of its own: those need the current monitor", () => {
    expect(monitorEditSchema.safeParse({ interval: "1", timeout: "300" }).success).toBe(true);
  });
});

describe("editSchemaFor (the edit form's resolver schema)", () => {
  const formValues = {
    billing_plancode: "UBM - A/A",
    name: "Support mailbox",
    smtp_hostname: "smtp.example.com",
    pop3_hostname: "pop.example.com",
    email: "roundtrip@example.com",
    interval: "15",
    timeout: "300",
    locations: ["10", "40"],
    home_location: "10",
    monitor_location_count: "2",
    enabled: "true",
    mode: "Primary",
    note: "On call: mail team",
    email_password: "",
  };

  it("accepts the monitor's own values", () => {
    expect(editSchemaFor(current).safeParse(formValues).success).toBe(true);
  });

  it("reports cross-field errors against the current monitor beside the right field", () => {
    const schema = editSchemaFor(current);
    expect(pathsOf(schema.safeParse({ ...formValues, interval: "1" })).timeout).toMatch(/at most 59 seconds/);
    expect(pathsOf(schema.safeParse({ ...formValues, home_location: "99" })).home_location).toMatch(/main location/);
    expect(pathsOf(schema.safeParse({ ...formValues, locations: ["10"] })).monitor_location_count).toMatch(
      /Locations per run: 1 location/,
    );
  });

  it("still requires the required fields, which the edit form always holds", () => {
    expect(pathsOf(editSchemaFor(current).safeParse({ ...formValues, name: "" })).name).toBe(
      "Enter the monitor's name.",
    );
  });

  it("says so when a set value is emptied, since a PATCH cannot reset it to the account default", () => {
    const result = pathsOf(
      editSchemaFor(current).safeParse({ ...formValues, interval: "", enabled: "", mode: "", locations: [] }),
    );
    expect(result.interval).toBe(
      "AlertSite can't put this back to the account default once it is set. Choose a value.",
    );
    expect(result.enabled).toBe("AlertSite can't put this back to the account default once it is set. Choose a value.");
    expect(result.mode).toBe("AlertSite can't put this back to the account default once it is set. Choose a value.");
    expect(result.locations).toBe("Choose at least one location.");
  });

  it("lets fields the monitor never had stay empty, and notes be cleared", () => {
    const result = editSchemaFor(current).safeParse({
      ...formValues,
      retry_on_failure: "",
      rotate_locations: "",
      note: "",
    });
    expect(result.success).toBe(true);
    expect(result.data?.note).toBe("");
    expect(result.data).not.toHaveProperty("retry_on_failure");
  });
});
