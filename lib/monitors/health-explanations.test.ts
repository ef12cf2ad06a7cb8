import { describe, expect, it } from "vitest";
import { explainStatus } from "./health-explanations";

describe("a status code in plain words", () => {
  it("OK, or nothing at all, needs no explanation", () => {
    expect(explainStatus(0, "Site is OK Now!")).toBeNull();
    expect(explainStatus(null, null)).toBeNull();
  });

  it.each<[string, number | null, string | null, string, RegExp]>([
    ["2, the round-trip timeout", 2, "Timeout", "test message not received in time", /accepts mail without a login/],
    [
      "a timeout by its words",
      7,
      "Test message was not received within 300 seconds",
      "test message not received in time",
      /POP3 login/,
    ],
    [
      "51, unable to resolve",
      51,
      "Warning-Unable to resolve IP",
      "a server name does not resolve",
      /SMTP and POP3 server names/,
    ],
    [
      "a DNS failure by its words",
      null,
      "DNS lookup failed for pop.example.com",
      "a server name does not resolve",
      /server names/,
    ],
    [
      "SMTP connection refused",
      3,
      "Connection refused by SMTP server",
      "the SMTP server refused the connection",
      /SMTP server name and port/,
    ],
    [
      "POP3 connection refused",
      3,
      "POP3: connection refused",
      "the POP3 server refused the connection",
      /POP3 server name and port/,
    ],
    ["a refusal naming neither", 3, "Connection refused", "a mail server refused the connection", /SMTP and POP3/],
    ["POP3 login failed", 9, "POP3 login failed: bad password", "the mailbox login failed", /POP3 login and password/],
    ["SMTP wants a login", 9, "SMTP authentication required", "the SMTP server wants a login", /without a login/],
  ])("%s", (_case, code, description, reason, fix) => {
    const explanation = explainStatus(code, description);
    expect(explanation?.reason).toBe(reason);
    expect(explanation?.fix).toMatch(fix);
  });

  it.each([21, 90, 95, 6061])("%i is one of AlertSite's internal codes", (code) => {
    expect(explainStatus(code, "Internal")?.reason).toBe("AlertSite internal status");
  });

  it("an unknown code gets generic words (AlertSite's description is shown beside them)", () => {
    expect(explainStatus(4242, "Strange new failure")).toEqual({
      reason: "AlertSite reported an error",
      fix: expect.stringMatching(/AlertSite's description/),
    });
  });
});
