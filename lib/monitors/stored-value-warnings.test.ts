import { describe, expect, it } from "vitest";
import { changedFields } from "./changes";
import { editSchemaFor } from "./edit-schema";
import { formValuesFromUpstream } from "./form-values";
import { storedValueWarnings } from "./stored-value-warnings";
import { type UpstreamMonitor } from "./upstream";
import { upstream } from "./upstream-fixture";

/** AlertSite's own documented example: a scheme with no server name. */
const documentedExample: UpstreamMonitor = {
  ...upstream,
  smtp_hostname: "smtps://",
  pop3_hostname: "pop3s://",
  note: "x".repeat(300),
};

describe("stored values the console would refuse on create", () => {
  it("are warnings in plain words beside their fields, never errors", () => {
    const warnings = storedValueWarnings(documentedExample);
    expect(warnings.smtp_hostname).toBe(
      "AlertSite has `smtps://` with no server name. What AlertSite does with that is not documented (its classic UI used its own mail server for a blank SMTP server); leave it as it is or enter a server.",
    );
    expect(warnings.pop3_hostname).toMatch(/^AlertSite has `pop3s:\/\/` with no server name\./);
    expect(warnings.note).toMatch(/would not accept on a new monitor: .*255 characters/);
    expect(Object.keys(warnings).sort()).toEqual(["note", "pop3_hostname", "smtp_hostname"]);
  });

  it("are absent for a monitor the console could have created", () => {
    expect(storedValueWarnings(upstream)).toEqual({});
  });

  it("do not block a rename: the edit sends only the name", () => {
    const saved = formValuesFromUpstream(documentedExample);
    const result = editSchemaFor(documentedExample).safeParse({ ...saved, name: "Renamed" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ name: "Renamed" });
    expect(changedFields(saved, result.data ?? {})).toEqual({ name: "Renamed" });
  });

  it("are checked once the user changes them", () => {
    const saved = formValuesFromUpstream(documentedExample);
    const result = editSchemaFor(documentedExample).safeParse({ ...saved, smtp_hostname: "smtp://" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["smtp_hostname"]);
  });
});
