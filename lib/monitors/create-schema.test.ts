import { describe, expect, it } from "vitest";
import { type MonitorFormValues } from "./create-schema";
import { errorAt, messages, minimal, outputOf, parse } from "./create-schema-test-helpers";
import { MONITOR_FIELD_NAMES, REQUIRED_FIELDS } from "./field-names";
import { emptyMonitorFormValues } from "./form-values";

describe("required fields", () => {
  it("accepts the five required fields alone and sends exactly them", () => {
    expect(outputOf(minimal)).toEqual(minimal);
  });

  it("accepts the empty form defaults once the required fields are filled in, sending only those", () => {
    expect(outputOf({ ...emptyMonitorFormValues, ...minimal })).toEqual(minimal);
  });

  it.each([
    ["billing_plancode", "Enter the measurement plan code, e.g. UBM - A/A."],
    ["name", "Enter the monitor's name."],
    ["smtp_hostname", "Enter the outgoing mail server, e.g. smtps://smtp.example.com:465."],
    ["pop3_hostname", "Enter the incoming mail server, e.g. pop3s://pop.example.com:995."],
    ["email", "Enter the test mailbox address, e.g. roundtrip@example.com."],
  ] as const)("rejects %s when missing, empty or only spaces, saying how to fix it", (field, message) => {
    const { [field]: _omitted, ...rest } = minimal;
    expect(errorAt(rest, field)).toBe(message);
    expect(errorAt({ ...minimal, [field]: "" }, field)).toBe(message);
    expect(errorAt({ ...minimal, [field]: "   " }, field)).toBe(message);
    expect(messages(parse({ ...minimal, [field]: "" }))[field]).toHaveLength(1);
  });

  it("reports every missing required field at once", () => {
    expect(Object.keys(messages(parse(emptyMonitorFormValues))).sort()).toEqual([...REQUIRED_FIELDS].sort());
  });

  it("trims required text", () => {
    expect(outputOf({ ...minimal, name: "  Support mailbox  ", billing_plancode: " UBM - A/A " })).toMatchObject({
      name: "Support mailbox",
      billing_plancode: "UBM - A/A",
    });
  });

  it("limits the name to 255 characters and says how many are over", () => {
    expect(outputOf({ ...minimal, name: "n".repeat(255) }).name).toHaveLength(255);
    expect(errorAt({ ...minimal, name: "n".repeat(258) }, "name")).toBe(
      "Monitor name: at most 255 characters (this is 3 characters too long).",
    );
  });

  it("rejects a number where text is expected, with the field's own message", () => {
    expect(errorAt({ ...minimal, name: 42 }, "name")).toBe("Enter the monitor's name.");
  });
});

describe("email", () => {
  it.each(["roundtrip@example.com", "round.trip+test@mail.example.co.uk", "  roundtrip@example.com  "])(
    "accepts %j",
    (email) => {
      expect(outputOf({ ...minimal, email }).email).toBe(email.trim());
    },
  );

  it.each(["roundtrip", "roundtrip@", "@example.com", "round trip@example.com", "roundtrip@example"])(
    "rejects %j",
    (email) => {
      expect(errorAt({ ...minimal, email }, "email")).toBe(
        "Enter the full address of the test mailbox, e.g. roundtrip@example.com.",
      );
    },
  );

  it("trims the login name but never the password", () => {
    expect(outputOf({ ...minimal, email_username: "  roundtrip  ", email_password: "  s3cret " })).toMatchObject({
      email_username: "roundtrip",
      email_password: "  s3cret ",
    });
  });

  it("leaves an empty login name and password out of the body", () => {
    const body = outputOf({ ...minimal, email_username: "  ", email_password: "" });
    expect(body).not.toHaveProperty("email_username");
    expect(body).not.toHaveProperty("email_password");
  });

  it("does not put the password in its error message", () => {
    const result = parse({ ...minimal, email_password: "x".repeat(300) });
    expect(JSON.stringify(result.error?.issues.map((issue) => issue.message))).not.toContain("xxxx");
  });
});

describe("body shape", () => {
  const full = {
    ...minimal,
    email_username: "roundtrip",
    email_password: "s3cret",
    enabled: "true",
    interval: "15",
    timeout: "300",
    locations: ["10", "40"],
    home_location: "10",
    mode: "Global Verify",
    rotate_locations: "false",
    monitor_location_count: "2",
    notify_on_error: "true",
    retry_on_failure: "false",
    note: "Dashboard note",
    alert_note: "Call the mail team",
    allow_internal_testing: "true",
    custom_properties: [{ id: "1", value_id: "11" }],
  } satisfies Required<MonitorFormValues>;

  it("turns a full form into AlertSite's JSON body", () => {
    expect(outputOf(full)).toEqual({
      ...minimal,
      email_username: "roundtrip",
      email_password: "s3cret",
      enabled: true,
      interval: 15,
      timeout: 300,
      locations: [{ id: 10 }, { id: 40 }],
      home_location: 10,
      mode: "Global Verify",
      rotate_locations: false,
      monitor_location_count: 2,
      notify_on_error: true,
      retry_on_failure: false,
      note: "Dashboard note",
      alert_note: "Call the mail team",
      allow_internal_testing: true,
      custom_properties: [{ id: 1, value_id: 11 }],
    });
  });

  it("has a form default for every writable field", () => {
    expect(Object.keys(emptyMonitorFormValues).sort()).toEqual([...MONITOR_FIELD_NAMES].sort());
  });

  it("has no keys at all for empty optional fields, not undefined ones", () => {
    expect(Object.keys(outputOf({ ...emptyMonitorFormValues, ...minimal })).sort()).toEqual(
      [...REQUIRED_FIELDS].sort(),
    );
  });

  it("is idempotent: parsing the output again gives the same output, also through JSON", () => {
    for (const input of [minimal, full, { ...emptyMonitorFormValues, ...minimal, note: "  x  ", mode: "sla" }]) {
      const once = outputOf(input);
      expect(outputOf(once)).toEqual(once);
      expect(outputOf(JSON.parse(JSON.stringify(once)))).toEqual(once);
    }
  });

  it("drops read-only and unknown keys", () => {
    const body = outputOf({
      ...minimal,
      id: "123456",
      access_type: "rw",
      blackout_ids: [1],
      type: "email-round-trip",
      extra: { a: 1 },
    });
    expect(Object.keys(body).sort()).toEqual([...REQUIRED_FIELDS].sort());
  });

  it("drops __proto__ and constructor keys without polluting any prototype", () => {
    const input: unknown = JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(minimal).slice(1)}`,
    );
    const body = outputOf(input);
    expect(Object.keys(body).sort()).toEqual([...REQUIRED_FIELDS].sort());
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.hasOwn(body, "__proto__")).toBe(false);
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(Reflect.get({}, "polluted")).toBeUndefined();
  });

  it("rejects a body that is not an object", () => {
    expect(parse("name=x").success).toBe(false);
    expect(parse(null).success).toBe(false);
    expect(parse([minimal]).success).toBe(false);
  });
});
