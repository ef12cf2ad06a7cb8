import { describe, expect, it } from "vitest";
import { errorAt, minimal, outputOf } from "./create-schema-test-helpers";

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
  const port = "Port: a number from 1 to 65535, e.g. smtps://smtp.example.com:465.";
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
    ["pop.example.com:0", "Port: a number from 1 to 65535, e.g. smtps://smtp.example.com:465."],
  ])("rejects incoming server %j", (pop3_hostname, message) => {
    expect(errorAt({ ...minimal, pop3_hostname }, "pop3_hostname")).toBe(message);
  });

  it("trims server names", () => {
    expect(outputOf({ ...minimal, smtp_hostname: " smtp.example.com " }).smtp_hostname).toBe("smtp.example.com");
  });
});
