import { describe, expect, it } from "vitest";
import { errorAt, messages, minimal, outputOf, parse } from "./create-schema-test-helpers";
import { COMMON_INTERVALS, MONITOR_MODES } from "./field-names";

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

  it.each([
    "0",
    0,
    "-5",
    -5,
    "1.5",
    1.5,
    "15 minutes",
    "1e3",
    "abc",
    Number.NaN,
    true,
    "1441",
    1441,
    Number.MAX_SAFE_INTEGER,
    "9007199254740991",
  ])("rejects %j, saying the limit and its unit", (interval) => {
    expect(errorAt({ ...minimal, interval }, "interval")).toBe(
      "Run every: a whole number of minutes, from 1 to 1,440 minutes (one day).",
    );
  });

  it("leaves an empty interval out so the account default applies", () => {
    expect(outputOf({ ...minimal, interval: "" })).not.toHaveProperty("interval");
  });
});

describe("timeout", () => {
  const message = "Time limit: 1 to 300 seconds, in whole seconds, shorter than Run every.";

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
      "Time limit: at most 59 seconds, shorter than Run every (1 minute).",
    );
    expect(errorAt({ ...minimal, interval: "5", timeout: "300" }, "timeout")).toBe(
      "Time limit: at most 299 seconds, shorter than Run every (5 minutes).",
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
      "Dashboard note: at most 255 characters (this is 1 character too long).",
    );
  });

  it("accepts an alert note of 1,000 characters and rejects more, saying how many over", () => {
    expect(outputOf({ ...minimal, alert_note: "b".repeat(1000) }).alert_note).toHaveLength(1000);
    expect(errorAt({ ...minimal, alert_note: "b".repeat(1012) }, "alert_note")).toBe(
      "Alert note: at most 1,000 characters (this is 12 characters too long).",
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
      "Main location: choose one of the monitoring locations.",
    );
  });

  it("requires between 1 and the number of locations per run, reported on monitor_location_count", () => {
    expect(outputOf({ ...minimal, locations: ["10", "40"], monitor_location_count: "2" }).monitor_location_count).toBe(
      2,
    );
    expect(
      errorAt({ ...minimal, locations: ["10", "40"], monitor_location_count: "3" }, "monitor_location_count"),
    ).toBe("Locations per run: 1 to 2 locations, no more than the monitoring locations you picked.");
    expect(errorAt({ ...minimal, locations: ["10"], monitor_location_count: "0" }, "monitor_location_count")).toBe(
      "Locations per run: a whole number, at least 1 location.",
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

describe("text that people read", () => {
  const singleLine = ["name", "smtp_hostname", "pop3_hostname", "billing_plancode", "email_username"] as const;
  const notes = ["note", "alert_note"] as const;

  it.each(singleLine)("%s refuses a right-to-left override, in plain words", (field) => {
    const before: Record<string, string> = { ...minimal };
    const value = `${before[field] ?? "x"}\u202Egnp.exe`;
    expect(errorAt({ ...minimal, [field]: value }, field)).toMatch(
      /: remove the hidden character U\+202E \(a right-to-left override\), which can make text show differently from what it is\. Use ordinary text on one line only\.$/,
    );
  });

  it.each([
    ["\u0000", "U+0000 (an invisible control character)"],
    ["\u001b[31m", "U+001B (an invisible control character)"],
    ["a\nb", "U+000A (a line break)"],
    ["\u2066x\u2069", "U+2066 (a left-to-right isolate)"],
    ["\u200F", "U+200F (a right-to-left mark)"],
    ["\u0085", "U+0085 (an invisible control character)"],
  ])("a name refuses %j as %s", (hidden, said) => {
    expect(errorAt({ ...minimal, name: `Billing ${hidden} check` }, "name")).toBe(
      `Monitor name: remove the hidden character ${said}, which can make text show differently from what it is. Use ordinary text on one line only.`,
    );
  });

  it.each(notes)("%s keeps its line breaks and tabs but refuses overrides and other controls", (field) => {
    expect(outputOf({ ...minimal, [field]: "Call ops.\n\tThen mail." })[field]).toBe("Call ops.\n\tThen mail.");
    expect(errorAt({ ...minimal, [field]: "ok\u202Eevil" }, field)).toMatch(
      /U\+202E \(a right-to-left override\).*Use ordinary text and line breaks only\.$/,
    );
    expect(errorAt({ ...minimal, [field]: "bell\u0007" }, field)).toMatch(/U\+0007/);
  });

  it("keeps accents, other scripts and emoji", () => {
    expect(outputOf({ ...minimal, name: "Zoë’s 監視 ✉️ مراقبة" }).name).toBe("Zoë’s 監視 ✉️ مراقبة");
  });

  it("leaves the mailbox password alone: it is the mailbox's to decide", () => {
    expect(outputOf({ ...minimal, email_password: "p\u0007ss\u202E" }).email_password).toBe("p\u0007ss\u202E");
  });
});
