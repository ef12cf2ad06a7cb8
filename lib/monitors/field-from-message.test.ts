import { describe, expect, it } from "vitest";
import { fieldFromMessage } from "./field-from-message";

describe("fieldFromMessage", () => {
  it.each([
    ["Missing required field 'smtp_hostname'.", "smtp_hostname"],
    ["Invalid value for 'locations': location 99 does not exist.", "locations"],
    ["Field 'interval' must be an integer.", "interval"],
    ['Field "timeout" must be at most 300.', "timeout"],
    ["Invalid value for `mode`.", "mode"],
    ["Invalid value for 'locations[0].id'.", "locations"],
    ["Invalid value for 'custom_properties.1.value_id'.", "custom_properties"],
    ["email_username is too long", "email_username"],
    ["The interval must be longer than the timeout", "interval"],
    ["Invalid email address for 'email'", "email"],
  ])("finds the field in %j", (message, field) => {
    expect(fieldFromMessage(message)).toBe(field);
  });

  it("prefers a quoted name over a bare one", () => {
    expect(fieldFromMessage("timeout too long for 'interval'")).toBe("interval");
  });

  it("prefers a snake_case name over a plain word", () => {
    expect(fieldFromMessage("The name must differ from email_username")).toBe("email_username");
  });

  it("matches whole tokens only", () => {
    expect(fieldFromMessage("emailing failed")).toBeUndefined();
    expect(fieldFromMessage("location 99 does not exist")).toBeUndefined();
    expect(fieldFromMessage("bad email_username_2 value")).toBeUndefined();
    expect(fieldFromMessage("email_username2 is too long")).toBeUndefined();
  });

  it.each([
    "Record not found",
    "invalid_request - User authentication failed.",
    "Unknown field 'id'",
    "'access_type' is read-only",
    "",
  ])("finds no writable field in %j", (message) => {
    expect(fieldFromMessage(message)).toBeUndefined();
  });
});
