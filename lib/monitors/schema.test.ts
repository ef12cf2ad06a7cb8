import { describe, expect, it } from "vitest";
import { type z } from "zod";
import {
  COMMON_INTERVALS,
  MONITOR_FIELD_NAMES,
  MONITOR_MODES,
  REQUIRED_FIELDS,
  emptyMonitorFormValues,
  monitorCreateSchema,
  type MonitorFormValues,
} from "./schema";

const minimal = {
  billing_plancode: "UBM - A/A",
  name: "Support mailbox",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip@example.com",
} satisfies MonitorFormValues;

function parse(input: unknown) {
  return monitorCreateSchema.safeParse(input);
}

/** Messages by field path ("timeout", "custom_properties.0.value_id"). */
function messages(result: { success: boolean; error?: z.ZodError }): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.map(String).join(".");
    (byPath[path] ??= []).push(issue.message);
  }
  return byPath;
}

function errorAt(input: unknown, path: string): string | undefined {
  return messages(parse(input))[path]?.[0];
}

function outputOf(input: unknown) {
  const result = parse(input);
  if (!result.success) throw new Error(`expected valid input, got ${JSON.stringify(messages(result))}`);
  return result.data;
}

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
      "Keep the monitor name to 255 characters or fewer: it is 3 characters too long.",
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

describe("mail servers", () => {
  it.each([
    "smtp.example.com",
    "smtp.example.com:25",
    "smtp://smtp.example.com",
    "smtp://smtp.example.com:25",
    "smtps://smtp.example.com:465",
    "SMTPS://smtp.example.com:465",
    "192.0.2.10",
    "192.0.2.10:587",
    "smtps://192.0.2.10:465",
    "localhost",
    "mail-1.example.com:65535",
    "smtp.example.com:1",
  ])("accepts outgoing server %j", (smtp_hostname) => {
    expect(outputOf({ ...minimal, smtp_hostname }).smtp_hostname).toBe(smtp_hostname);
  });

  const shape = "Use a server name such as smtp.example.com or smtps://smtp.example.com:465 — no path or login in it.";
  const port = "The port must be a number from 1 to 65535, e.g. smtps://smtp.example.com:465.";
  it.each([
    ["smtp.example.com:0", port],
    ["smtp.example.com:65536", port],
    ["smtps://smtp.example.com:99999", port],
    ["smtp.example.com:", port],
    ["smtp.example.com:abc", port],
    ["smtps://smtp.example.com:465/path", shape],
    ["smtp.example.com/", shape],
    ["smtps://smtp.example.com?x=1", shape],
    ["smtps://smtp.example.com#top", shape],
    ["smtps://user:pass@smtp.example.com:465", shape],
    ["user@smtp.example.com", shape],
    ["smtp example.com", shape],
    ["smtp_example.com", shape],
    ["-smtp.example.com", shape],
    ["256.1.1.1", shape],
    ["1.2.3", shape],
    ["[2001:db8::1]:25", shape],
    ["smtp://", shape],
    [
      "http://smtp.example.com",
      "Outgoing mail only: use smtp:// or smtps://, or just the server name such as smtp.example.com.",
    ],
    [
      "pop3s://smtp.example.com:995",
      "Outgoing mail only: use smtp:// or smtps://, or just the server name such as smtp.example.com.",
    ],
  ])("rejects outgoing server %j", (smtp_hostname, message) => {
    expect(errorAt({ ...minimal, smtp_hostname }, "smtp_hostname")).toBe(message);
  });

  it.each([
    "pop.example.com",
    "pop.example.com:110",
    "pop3://pop.example.com",
    "pop3s://pop.example.com:995",
    "203.0.113.5:995",
  ])("accepts incoming server %j", (pop3_hostname) => {
    expect(outputOf({ ...minimal, pop3_hostname }).pop3_hostname).toBe(pop3_hostname);
  });

  it.each([
    ["imap://imap.example.com", "POP3 only: use pop3:// or pop3s://, or just the server name such as pop.example.com."],
    [
      "imaps://imap.example.com:993",
      "POP3 only: use pop3:// or pop3s://, or just the server name such as pop.example.com.",
    ],
    ["smtps://pop.example.com", "POP3 only: use pop3:// or pop3s://, or just the server name such as pop.example.com."],
    [
      "pop3s://me:secret@pop.example.com",
      "Use a server name such as pop.example.com or pop3s://pop.example.com:995 — no path or login in it.",
    ],
    [
      "pop3s://pop.example.com/inbox",
      "Use a server name such as pop.example.com or pop3s://pop.example.com:995 — no path or login in it.",
    ],
    ["pop.example.com:0", "The port must be a number from 1 to 65535, e.g. smtps://smtp.example.com:465."],
  ])("rejects incoming server %j", (pop3_hostname, message) => {
    expect(errorAt({ ...minimal, pop3_hostname }, "pop3_hostname")).toBe(message);
  });

  it("trims server names", () => {
    expect(outputOf({ ...minimal, smtp_hostname: " smtp.example.com " }).smtp_hostname).toBe("smtp.example.com");
  });
});

describe("interval", () => {
  it("offers the common intervals", () => {
    expect(COMMON_INTERVALS).toEqual([1, 5, 10, 15, 30, 60]);
  });

  it.each([
    ["15", 15],
    [" 5 ", 5],
    [60, 60],
    ["1", 1],
    ["1440", 1440],
  ])("accepts %j as %d minutes", (interval, minutes) => {
    expect(outputOf({ ...minimal, interval }).interval).toBe(minutes);
  });

  it.each(["0", 0, "-5", -5, "1.5", 1.5, "15 minutes", "1e3", "abc", Number.NaN, true])("rejects %j", (interval) => {
    expect(errorAt({ ...minimal, interval }, "interval")).toBe("Enter how often to run, in whole minutes, e.g. 15.");
  });

  it("leaves an empty interval out so the account default applies", () => {
    expect(outputOf({ ...minimal, interval: "" })).not.toHaveProperty("interval");
  });
});

describe("timeout", () => {
  const message = "Enter the time limit in whole seconds, from 1 to 300 (300 is recommended).";

  it.each([
    ["1", 1],
    ["300", 300],
    [120, 120],
  ])("accepts %j seconds", (timeout, seconds) => {
    expect(outputOf({ ...minimal, timeout }).timeout).toBe(seconds);
  });

  it.each(["0", "301", 1000, "-1", "2.5", "soon"])("rejects %j", (timeout) => {
    expect(errorAt({ ...minimal, timeout }, "timeout")).toBe(message);
  });

  it("leaves an empty timeout out", () => {
    expect(outputOf({ ...minimal, timeout: "" })).not.toHaveProperty("timeout");
  });

  it("must be shorter than the interval, reported on the timeout", () => {
    expect(errorAt({ ...minimal, interval: "1", timeout: "60" }, "timeout")).toBe(
      "Give up sooner than the next run starts: running every 1 minute allows at most 59 seconds.",
    );
    expect(errorAt({ ...minimal, interval: "5", timeout: "300" }, "timeout")).toBe(
      "Give up sooner than the next run starts: running every 5 minutes allows at most 299 seconds.",
    );
    expect(outputOf({ ...minimal, interval: "1", timeout: "59" })).toMatchObject({ interval: 1, timeout: 59 });
    expect(outputOf({ ...minimal, interval: "15", timeout: "300" })).toMatchObject({ interval: 15, timeout: 300 });
  });

  it("checks timeout against the interval only when both are given", () => {
    expect(outputOf({ ...minimal, timeout: "300" }).timeout).toBe(300);
    expect(outputOf({ ...minimal, interval: "1" }).interval).toBe(1);
  });

  it("still reports the cross-field error when other fields are wrong too", () => {
    const result = messages(parse({ ...minimal, name: "", interval: "1", timeout: "120" }));
    expect(result.name).toBeDefined();
    expect(result.timeout?.[0]).toMatch(/at most 59 seconds/);
  });
});

describe("notes", () => {
  it("accepts a dashboard note of 255 characters and rejects 256, saying how many over", () => {
    expect(outputOf({ ...minimal, note: "a".repeat(255) }).note).toHaveLength(255);
    expect(errorAt({ ...minimal, note: "a".repeat(256) }, "note")).toBe(
      "Keep the dashboard note to 255 characters or fewer: it is 1 character too long.",
    );
  });

  it("accepts an alert note of 1,000 characters and rejects more, saying how many over", () => {
    expect(outputOf({ ...minimal, alert_note: "b".repeat(1000) }).alert_note).toHaveLength(1000);
    expect(errorAt({ ...minimal, alert_note: "b".repeat(1012) }, "alert_note")).toBe(
      "Keep the alert note to 1,000 characters or fewer: it is 12 characters too long.",
    );
  });

  it("counts characters after trimming and leaves empty notes out", () => {
    expect(outputOf({ ...minimal, note: `  ${"a".repeat(255)}  ` }).note).toHaveLength(255);
    const body = outputOf({ ...minimal, note: "  ", alert_note: "" });
    expect(body).not.toHaveProperty("note");
    expect(body).not.toHaveProperty("alert_note");
  });
});

describe("locations", () => {
  it("turns ids (strings, numbers or {id}) into [{id}]", () => {
    expect(outputOf({ ...minimal, locations: ["10", 40, { id: "50" }, { id: 60 }] }).locations).toEqual([
      { id: 10 },
      { id: 40 },
      { id: 50 },
      { id: 60 },
    ]);
  });

  it("leaves no locations out so the account default applies, ignoring blank entries", () => {
    expect(outputOf({ ...minimal, locations: [] })).not.toHaveProperty("locations");
    expect(outputOf({ ...minimal, locations: ["", " "] })).not.toHaveProperty("locations");
    expect(outputOf({ ...minimal, locations: ["10", ""] }).locations).toEqual([{ id: 10 }]);
  });

  it.each([["abc"], ["0"], [-3], ["1.5"]])("rejects location id %j", (id) => {
    expect(errorAt({ ...minimal, locations: [id] }, "locations")).toBe(
      "Choose locations from the list: each location is a whole number id such as 10.",
    );
  });

  it("rejects a location chosen twice", () => {
    expect(errorAt({ ...minimal, locations: ["10", 10] }, "locations")).toBe(
      "Location 10 is chosen twice: choose each location once.",
    );
  });

  it("rejects a list that is not a list", () => {
    expect(errorAt({ ...minimal, locations: "10,40" }, "locations")).toBe(
      "Choose the monitoring locations from the list.",
    );
  });

  it("requires the main location to be one of the chosen locations, reported on home_location", () => {
    expect(outputOf({ ...minimal, locations: ["10", "40"], home_location: "40" }).home_location).toBe(40);
    expect(errorAt({ ...minimal, locations: ["10", "40"], home_location: "50" }, "home_location")).toBe(
      "Choose the main location from the monitoring locations you picked.",
    );
  });

  it("accepts any main location when locations are left to the account default", () => {
    expect(outputOf({ ...minimal, home_location: "50" }).home_location).toBe(50);
  });

  it("rejects a main location that is not an id", () => {
    expect(errorAt({ ...minimal, home_location: "Chicago" }, "home_location")).toBe(
      "Choose the main location from the list of locations.",
    );
  });

  it("requires between 1 and the number of locations per run, reported on monitor_location_count", () => {
    expect(outputOf({ ...minimal, locations: ["10", "40"], monitor_location_count: "2" }).monitor_location_count).toBe(
      2,
    );
    expect(
      errorAt({ ...minimal, locations: ["10", "40"], monitor_location_count: "3" }, "monitor_location_count"),
    ).toBe("Use between 1 and 2 locations per run: you picked 2 monitoring locations.");
    expect(errorAt({ ...minimal, locations: ["10"], monitor_location_count: "0" }, "monitor_location_count")).toBe(
      "Enter how many locations to use per run, as a whole number such as 2.",
    );
    expect(outputOf({ ...minimal, monitor_location_count: "3" }).monitor_location_count).toBe(3);
  });
});

describe("mode", () => {
  it("lists the modes", () => {
    expect(MONITOR_MODES).toEqual(["Primary", "Global Verify", "Global Notify", "Round Robin", "SLA"]);
  });

  it.each(MONITOR_MODES)("accepts %j", (mode) => {
    expect(outputOf({ ...minimal, mode }).mode).toBe(mode);
  });

  it("accepts any letter case and spacing, sending AlertSite's spelling", () => {
    expect(outputOf({ ...minimal, mode: " global verify " }).mode).toBe("Global Verify");
  });

  it("rejects other modes with the list of choices, and leaves an empty mode out", () => {
    expect(errorAt({ ...minimal, mode: "Secondary" }, "mode")).toBe(
      "Choose a monitoring mode: Primary, Global Verify, Global Notify, Round Robin or SLA.",
    );
    expect(outputOf({ ...minimal, mode: "" })).not.toHaveProperty("mode");
  });
});

describe("yes / no / account default", () => {
  const booleans = [
    "enabled",
    "rotate_locations",
    "notify_on_error",
    "retry_on_failure",
    "allow_internal_testing",
  ] as const;

  it.each(booleans)('%s: "true", "false" and real booleans are sent as booleans; "" is left out', (field) => {
    expect(outputOf({ ...minimal, [field]: "true" })[field]).toBe(true);
    expect(outputOf({ ...minimal, [field]: "false" })[field]).toBe(false);
    expect(outputOf({ ...minimal, [field]: true })[field]).toBe(true);
    expect(outputOf({ ...minimal, [field]: false })[field]).toBe(false);
    expect(outputOf({ ...minimal, [field]: "" })).not.toHaveProperty(field);
  });

  it.each(booleans)("%s: rejects anything else", (field) => {
    expect(errorAt({ ...minimal, [field]: "maybe" }, field)).toBe("Choose Yes, No or Account default.");
    expect(errorAt({ ...minimal, [field]: 1 }, field)).toBe("Choose Yes, No or Account default.");
  });
});

describe("custom properties", () => {
  it("turns rows into [{id, value_id}] numbers and drops fully empty rows", () => {
    expect(
      outputOf({
        ...minimal,
        custom_properties: [
          { id: "1", value_id: "11" },
          { id: "", value_id: "" },
          { id: 2, value_id: 21 },
        ],
      }).custom_properties,
    ).toEqual([
      { id: 1, value_id: 11 },
      { id: 2, value_id: 21 },
    ]);
  });

  it("leaves no rows out of the body", () => {
    expect(outputOf({ ...minimal, custom_properties: [{ id: "", value_id: "" }] })).not.toHaveProperty(
      "custom_properties",
    );
  });

  it("reports a half-filled row beside the missing part", () => {
    const result = messages(
      parse({
        ...minimal,
        custom_properties: [
          { id: "1", value_id: "11" },
          { id: "2", value_id: "" },
          { id: "", value_id: "31" },
        ],
      }),
    );
    expect(result["custom_properties.1.value_id"]).toEqual(["Choose a value for this property."]);
    expect(result["custom_properties.2.id"]).toEqual(["Choose a property for this row."]);
  });

  it("rejects rows of the wrong type beside the field", () => {
    const result = messages(parse({ ...minimal, custom_properties: [{ id: true, value_id: null }] }));
    expect(result["custom_properties.0.id"]).toEqual(["Choose a property for this row."]);
    expect(result["custom_properties.0.value_id"]).toEqual(["Choose a value for this property."]);
    expect(errorAt({ ...minimal, custom_properties: "1:11" }, "custom_properties")).toBe(
      "Choose a property and its value for each row.",
    );
  });

  it("rejects the same property twice", () => {
    expect(
      errorAt(
        {
          ...minimal,
          custom_properties: [
            { id: "1", value_id: "11" },
            { id: "1", value_id: "12" },
          ],
        },
        "custom_properties.1.id",
      ),
    ).toBe("This property is already set in another row: set each property once.");
  });

  it("drops the read-only name and value that reads return", () => {
    expect(
      outputOf({ ...minimal, custom_properties: [{ id: 1, name: "Team", value: "Support", value_id: 11 }] })
        .custom_properties,
    ).toEqual([{ id: 1, value_id: 11 }]);
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
