import { describe, expect, it } from "vitest";
import { knownMessage, type KnownMessageKind, type MessageContext } from "./known-messages";

type Case = [text: string, status: number | undefined, context: MessageContext, kind: KnownMessageKind | undefined];

describe("knownMessage", () => {
  it.each<Case>([
    ["invalid_request - User authentication failed.", 400, "sign-in", "sign-in-failed"],
    ["Invalid username or password", 401, "sign-in", "sign-in-failed"],
    ["Bad request", 400, "sign-in", "sign-in-failed"],
    ["invalid_token - The access token has expired. Sign in again.", 401, "request", "session-ended"],
    ["invalid_request - User authentication failed.", 400, "request", "session-ended"],
    ["Unauthorized", 401, "request", "session-ended"],
    ["You do not have permission to perform this action.", 403, "request", "permission-refused"],
    ["Forbidden", 403, "request", "permission-refused"],
    ["Record not found", 404, "request", "not-found"],
    ["Record not found", undefined, "request", "not-found"],
    [
      "Invalid value for 'billing_plancode': plan 'UBM - Z' does not exist in this account.",
      400,
      "request",
      "plan-unavailable",
    ],
    ["Billing plan is not available for this account", 400, "request", "plan-unavailable"],
    [
      "Invalid value for 'interval': 7 minutes is not offered by plan 'UBM - A/A'. Use one of 1, 5, 15.",
      400,
      "request",
      "interval-not-allowed",
    ],
    ["The email address is already in use by monitor 123457.", 400, "request", "mailbox-in-use"],
    ["Mailbox roundtrip@example.com already used by another monitor", 409, "request", "mailbox-in-use"],
    ["Missing required field 'smtp_hostname'.", 400, "request", "required-missing"],
    ["Field 'name' cannot be empty.", 400, "request", "required-missing"],
    ["Invalid value for 'timeout': 400 seconds is more than the maximum of 300.", 400, "request", "invalid-value"],
    ["Invalid value for 'locations': location 99 does not exist.", 400, "request", "invalid-value"],
    ["Too Many Requests", 429, "request", "rate-limited"],
    ["API rate limit exceeded", 503, "request", "rate-limited"],
    ["Too many requests", 429, "sign-in", "rate-limited"],
    ["AlertSite answered 502 Bad Gateway.", 502, "request", undefined],
    ["Something odd happened", 500, "request", undefined],
  ])("%j (%s, %s) reads as %s", (text, status, context, kind) => {
    expect(knownMessage(text, status, context)?.kind).toBe(kind);
  });

  it("puts a failed sign-in into plain words with what to do", () => {
    const known = knownMessage("invalid_request - User authentication failed.", 400, "sign-in");
    expect(known?.message).toBe("That email and password didn't work for AlertSite.");
    expect(known?.action).toMatch(/single sign-on/);
  });
});
