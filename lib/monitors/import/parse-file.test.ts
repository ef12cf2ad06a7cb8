import { describe, expect, it } from "vitest";
import { exportMonitors } from "../export/export-monitors";
import { upstream } from "../upstream-fixture";
import { type ParsedFile, parseImportFile } from "./parse-file";
import { validateRow } from "./validate-row";

const HEADER = "billing_plancode,name,smtp_hostname,pop3_hostname,email,interval";

function rowsOf(parsed: ParsedFile) {
  if (!parsed.ok) throw new Error(`expected a parsed file, got: ${parsed.problem}`);
  return parsed.rows;
}

describe("parseImportFile (CSV)", () => {
  it("reads quoted commas, quotes and line breaks inside cells", () => {
    const csv = `${HEADER},note\r\n"UBM - A/A","Mail, EU","smtp.example.com","pop.example.com",a@example.com,15,"He said ""hi""\nthen left"\r\n`;
    const [row] = rowsOf(parseImportFile(csv, "monitors.csv"));
    expect(row?.cells).toMatchObject({ name: "Mail, EU", interval: "15", note: 'He said "hi"\nthen left' });
  });

  it("takes off a byte order mark and reads CRLF and LF line ends alike", () => {
    const csv = `\uFEFF${HEADER}\r\nUBM,One,smtp.example.com,pop.example.com,one@example.com,5\nUBM,Two,smtp.example.com,pop.example.com,two@example.com,10\r\n`;
    const parsed = parseImportFile(csv, "monitors.csv");
    expect(parsed.ok && parsed.columns[0]).toBe("billing_plancode");
    expect(rowsOf(parsed).map((row) => row.cells.name)).toEqual(["One", "Two"]);
  });

  it("skips empty lines but keeps each row's number as a spreadsheet shows it", () => {
    const csv = `${HEADER}\n\nUBM,One,smtp.example.com,pop.example.com,one@example.com,5\n ,,,,,\nUBM,Two,smtp.example.com,pop.example.com,two@example.com,5\n\n`;
    expect(rowsOf(parseImportFile(csv, "m.csv")).map((row) => [row.row, row.cells.name])).toEqual([
      [3, "One"],
      [5, "Two"],
    ]);
  });

  it("names unknown columns and ignores them; passes over the export's own id and name columns", () => {
    const csv = `id,Name,Colour,email,location_names\n12,One,blue,one@example.com,London\n`;
    const parsed = parseImportFile(csv, "m.csv");
    expect(parsed.ok && parsed.notices).toEqual([
      "These columns are not monitor fields and were ignored: “Colour”. The template shows the column names.",
    ]);
    expect(parsed.ok && parsed.columns).toEqual(["name", "email"]);
    expect(rowsOf(parsed)[0]?.cells).toMatchObject({ name: "One", email: "one@example.com", billing_plancode: "" });
  });

  it("leaves missing cells empty and reports extra cells", () => {
    const csv = `${HEADER}\nUBM,Short,smtp.example.com\nUBM,Long,smtp.example.com,pop.example.com,l@example.com,5,surprise\n`;
    const parsed = parseImportFile(csv, "m.csv");
    const [short, long] = rowsOf(parsed);
    expect(short?.cells).toMatchObject({ smtp_hostname: "smtp.example.com", pop3_hostname: "", email: "" });
    expect(long?.cells.interval).toBe("5");
    expect(parsed.ok && parsed.notices).toEqual([
      "Some rows have more cells than the header has columns; the extra cells were ignored (rows 3).",
    ]);
  });

  it("reads numbers written as text and spreadsheet booleans", () => {
    const csv = `${HEADER},timeout,enabled,notify_on_error\nUBM,N,smtp.example.com,pop.example.com,n@example.com," 15 ",60,TRUE,no\n`;
    const [row] = rowsOf(parseImportFile(csv, "m.csv"));
    expect(row && validateRow(row.cells).values).toMatchObject({
      interval: 15,
      timeout: 60,
      enabled: true,
      notify_on_error: false,
    });
  });

  it("refuses a file with no monitor columns or no rows, in plain words", () => {
    expect(parseImportFile("a,b\n1,2\n", "m.csv")).toEqual({
      ok: false,
      problem: expect.stringContaining("The first row names no monitor fields") as string,
    });
    expect(parseImportFile(`${HEADER}\n\n`, "m.csv")).toEqual({
      ok: false,
      problem: "The file has no monitors in it: a header row and at least one row below it.",
    });
    expect(parseImportFile("", "m.csv").ok).toBe(false);
  });
});

describe("parseImportFile (JSON)", () => {
  it("reads the export's { monitors } and a bare list, lists as ids and numbers as text", () => {
    const json = JSON.stringify({
      monitors: [
        {
          id: "9",
          name: "J",
          interval: "15",
          timeout: 60,
          enabled: false,
          locations: [{ id: 10, name: "Los Angeles" }, { id: 40 }],
          custom_properties: [{ id: 1, name: "Team", value_id: 11, value: "Support" }],
          colour: "red",
        },
      ],
    });
    const parsed = parseImportFile(json, "monitors.json");
    expect(rowsOf(parsed)[0]).toEqual({
      row: 1,
      cells: expect.objectContaining({
        name: "J",
        interval: "15",
        timeout: "60",
        enabled: "false",
        locations: "10; 40",
        custom_properties: "1=11",
      }) as object,
    });
    expect(parsed.ok && parsed.notices[0]).toContain("“colour”");
    expect(rowsOf(parseImportFile('\uFEFF[{"name":"Bare"}]', "list.txt"))[0]?.cells.name).toBe("Bare");
  });

  it("refuses JSON that is broken or holds no list", () => {
    expect(parseImportFile("{nope", "m.json")).toEqual({
      ok: false,
      problem: "The file is not valid JSON. Export it again, or use a CSV file.",
    });
    expect(parseImportFile('{"a":1}', "m.json").ok).toBe(false);
  });
});

describe("an export imports again", () => {
  const monitor = { ...upstream, name: "=Mail team", note: "-on call" };

  it.each(["csv", "json"] as const)("as %s: same values, formula guard taken off", (format) => {
    const file = exportMonitors([monitor], { format }, new Date("2026-12-02T00:00:00Z"));
    const [row] = rowsOf(parseImportFile(file.body, file.fileName));
    expect(row?.cells).toMatchObject({ name: "=Mail team", note: "-on call", locations: "10; 40" });
    const validation = row ? validateRow(row.cells) : undefined;
    expect(validation?.problems).toEqual({});
    expect(validation?.values).toMatchObject({
      name: "=Mail team",
      locations: [{ id: 10 }, { id: 40 }],
      home_location: 10,
      interval: 15,
      custom_properties: [
        { id: 1, value_id: 11 },
        { id: 2, value_id: 21 },
      ],
    });
  });
});
