import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type UpstreamMonitor } from "../upstream";
import { upstream } from "../upstream-fixture";
import { CSV_EXPORT_COLUMNS } from "./columns";
import { exportFileName } from "./export-file";
import { exportMonitors } from "./export-monitors";
import { exportRequestSchema } from "./export-request";

const NOW = new Date("2026-12-02T23:30:00Z");

const other: UpstreamMonitor = {
  id: "222",
  name: '=HYPERLINK("http://evil.example")',
  billing_plancode: "UBM - A/A",
  smtp_hostname: "smtp.example.com",
  pop3_hostname: "pop.example.com",
  email: "second@example.com",
  // The same location with no name on this read: the account's name is used.
  locations: [{ id: 40, name: null }],
  note: "+1 555 0100, then -ask for mail",
  alert_note: "@team\n=cmd",
};

function rowsOf(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

describe("exportMonitors as CSV", () => {
  const withPassword = { ...upstream, email_password: "hunter2-secret" } as UpstreamMonitor;
  const file = exportMonitors([withPassword, other], { format: "csv" }, NOW);
  const rows = rowsOf(file.body);

  it("has the create schema's fields as columns, never a password column", () => {
    expect(file.body.split("\r\n")[0]).toBe(CSV_EXPORT_COLUMNS.join(","));
    expect(CSV_EXPORT_COLUMNS).toContain("billing_plancode");
    expect(CSV_EXPORT_COLUMNS).not.toContain("email_password");
    expect(file.body).not.toMatch(/password/i);
    expect(file.body).not.toContain("hunter2-secret");
  });

  it("holds every monitor, locations and custom properties by id and by name", () => {
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: "123456",
      name: "Support mailbox",
      email: "roundtrip@example.com",
      enabled: "true",
      interval: "15",
      locations: "10; 40",
      location_names: "Los Angeles; London",
      home_location: "10",
      custom_properties: "1=11; 2=21",
      custom_property_names: "Team=Support; Tier=Gold",
    });
    expect(rows[1]).toMatchObject({ locations: "40", location_names: "London", interval: "", enabled: "" });
  });

  it("starts every cell that a spreadsheet would run as a formula with a quote", () => {
    expect(rows[1]?.name).toBe('\'=HYPERLINK("http://evil.example")');
    expect(rows[1]?.note).toBe("'+1 555 0100, then -ask for mail");
    expect(rows[1]?.alert_note).toBe("'@team\n=cmd");
    // A value merely holding a minus is left alone.
    expect(rows[0]?.billing_plancode).toBe("UBM - A/A");
  });

  it("is named for the day it was made, in UTC", () => {
    expect(file.fileName).toBe("alertsite-monitors-2026-12-02.csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(exportFileName("json", new Date("2027-01-05T00:00:01+01:00"))).toBe("alertsite-monitors-2027-01-04.json");
  });
});

describe("exportMonitors as JSON", () => {
  it("keeps ids and names together, and only the chosen monitors", () => {
    const file = exportMonitors([upstream, other], { format: "json", monitorIds: ["222"] }, NOW);
    expect(file.fileName).toBe("alertsite-monitors-2026-12-02.json");
    const parsed: unknown = JSON.parse(file.body);
    expect(parsed).toEqual({
      monitors: [
        {
          id: "222",
          name: '=HYPERLINK("http://evil.example")',
          billing_plancode: "UBM - A/A",
          smtp_hostname: "smtp.example.com",
          pop3_hostname: "pop.example.com",
          email: "second@example.com",
          locations: [{ id: 40, name: "London" }],
          note: "+1 555 0100, then -ask for mail",
          alert_note: "@team\n=cmd",
        },
      ],
    });
  });

  it("takes custom property and value names from the account's choices", () => {
    const named: UpstreamMonitor = { ...other, id: "333", custom_properties: [{ id: "1", value_id: "11" }] };
    const file = exportMonitors([upstream, named], { format: "json", monitorIds: ["333"] }, NOW);
    expect(file.body).toContain('"name": "Team"');
    expect(JSON.parse(file.body)).toMatchObject({
      monitors: [{ custom_properties: [{ id: 1, name: "Team", value_id: 11, value: "Support" }] }],
    });
  });

  it("never carries a password, even one AlertSite should not have sent", () => {
    const leaky = { ...upstream, email_password: "hunter2-secret" } as UpstreamMonitor;
    const file = exportMonitors([leaky], { format: "json" }, NOW);
    expect(file.body).not.toContain("hunter2-secret");
    expect(file.body).not.toMatch(/password/i);
  });
});

describe("exportRequestSchema", () => {
  it("takes a format and optional ids", () => {
    expect(exportRequestSchema.parse({ format: "csv" })).toEqual({ format: "csv" });
    expect(exportRequestSchema.parse({ format: "json", monitorIds: ["12"] })).toEqual({
      format: "json",
      monitorIds: ["12"],
    });
  });

  it("refuses other formats, odd ids and an empty choice, in plain words", () => {
    const messages = (input: unknown) => exportRequestSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ format: "xlsx" })).toEqual(['Choose "csv" or "json" as the export format.']);
    expect(messages({ format: "csv", monitorIds: ["abc"] })).toEqual(["Each monitor id is a number such as 123456."]);
    expect(messages({ format: "csv", monitorIds: [] })).toEqual(["Choose at least one monitor to export."]);
  });
});
