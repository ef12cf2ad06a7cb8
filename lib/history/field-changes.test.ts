import { describe, expect, it } from "vitest";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { createChanges, deleteChanges, editChanges } from "./field-changes";

const MONITOR: UpstreamMonitor = {
  id: "101",
  type: "email-round-trip",
  name: "Billing mailbox",
  billing_plancode: "UBM - A/A",
  smtp_hostname: "smtp.example.com",
  pop3_hostname: "pop.example.com",
  email: "roundtrip@example.com",
  interval: 15,
  enabled: true,
  locations: [
    { id: 10, name: "London" },
    { id: 20, name: "Paris" },
  ],
  note: "",
};

describe("editChanges", () => {
  it("describes each changed field from the monitor as read, with names for location ids", () => {
    const changes = editChanges(MONITOR, { interval: 5, locations: [{ id: 20 }], enabled: false });
    expect(changes).toEqual([
      {
        secret: false,
        field: "enabled",
        label: "Monitoring on",
        before: { text: "Yes", value: "true" },
        after: { text: "No", value: "false" },
      },
      {
        secret: false,
        field: "interval",
        label: "Run every",
        before: { text: "15 minutes", value: "15" },
        after: { text: "5 minutes", value: "5" },
      },
      {
        secret: false,
        field: "locations",
        label: "Monitoring locations",
        before: { text: "London, Paris", value: ["10", "20"] },
        after: { text: "Paris", value: ["20"] },
      },
    ]);
  });

  it("leaves out a field sent with the value it already had", () => {
    expect(editChanges(MONITOR, { name: "Billing mailbox", interval: 15 })).toEqual([]);
  });

  it("says only that the password changed", () => {
    expect(editChanges(MONITOR, { email_password: "s3cret" })).toEqual([
      { secret: true, field: "email_password", label: "Mailbox password" },
    ]);
  });

  it("records clearing a note as a change to None", () => {
    const [change] = editChanges({ ...MONITOR, note: "call Dana" }, { note: "" });
    expect(change).toMatchObject({ field: "note", before: { text: "call Dana" }, after: { text: "None", value: "" } });
  });
});

describe("createChanges and deleteChanges", () => {
  it("a create sets each field from nothing; the password is only 'changed'", () => {
    const changes = createChanges({
      billing_plancode: "UBM - A/A",
      name: "New",
      smtp_hostname: "smtp.example.com",
      pop3_hostname: "pop.example.com",
      email: "a@example.com",
      email_password: "s3cret",
    });
    expect(changes.map((change) => change.field)).toEqual([
      "billing_plancode",
      "name",
      "smtp_hostname",
      "pop3_hostname",
      "email",
      "email_password",
    ]);
    expect(JSON.stringify(changes)).not.toContain("s3cret");
    expect(changes[1]).toMatchObject({ before: null, after: { text: "New", value: "New" } });
  });

  it("a delete keeps what the monitor had, so support staff can see what went", () => {
    const changes = deleteChanges(MONITOR);
    expect(changes.find((change) => change.field === "locations")).toMatchObject({
      before: { text: "London, Paris" },
      after: null,
    });
    expect(changes.some((change) => change.field === "note")).toBe(false);
  });
});
