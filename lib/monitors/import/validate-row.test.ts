import { describe, expect, it } from "vitest";
import { REQUIRED_MESSAGES } from "../messages";
import { emptyCells, type ImportCells } from "./import-row";
import { parseCsv } from "./parse-file";
import { templateCsv, TEMPLATE_EXAMPLE } from "./template";
import { problemCount, validateRow } from "./validate-row";

function cells(values: Partial<ImportCells>): ImportCells {
  return {
    ...emptyCells(),
    billing_plancode: "UBM - A/A",
    name: "Row",
    smtp_hostname: "smtp.example.com",
    pop3_hostname: "pop.example.com",
    email: "row@example.com",
    ...values,
  };
}

describe("validateRow", () => {
  it("gives the create body of a good row, empty cells left out", () => {
    expect(validateRow(cells({ interval: "15" }))).toEqual({
      values: {
        billing_plancode: "UBM - A/A",
        name: "Row",
        smtp_hostname: "smtp.example.com",
        pop3_hostname: "pop.example.com",
        email: "row@example.com",
        interval: 15,
      },
      problems: {},
    });
  });

  it("puts each rule's message in the cell it belongs to", () => {
    const result = validateRow(cells({ name: "", email: "not-an-address", interval: "often", locations: "10; x" }));
    expect(result.values).toBeUndefined();
    expect(result.problems).toEqual({
      name: [REQUIRED_MESSAGES.name],
      email: ["Enter the full address of the test mailbox, e.g. roundtrip@example.com."],
      interval: [expect.stringContaining("Run every: a whole number of minutes") as string],
      locations: ["Choose locations from the list: each location is a whole number id such as 10."],
    });
    expect(problemCount(result)).toBe(4);
  });

  it("checks the rules between fields, as the create form does", () => {
    expect(validateRow(cells({ interval: "1", timeout: "120" })).problems).toEqual({
      timeout: ["Time limit: at most 59 seconds, shorter than Run every (1 minute)."],
    });
    expect(validateRow(cells({ locations: "10; 40", home_location: "20" })).problems.home_location).toHaveLength(1);
  });

  it("reads custom properties as id=value id and says which part is wrong", () => {
    expect(validateRow(cells({ custom_properties: "7=21; 8=30" })).values?.custom_properties).toEqual([
      { id: 7, value_id: 21 },
      { id: 8, value_id: 30 },
    ]);
    expect(validateRow(cells({ custom_properties: "7" })).problems).toEqual({
      custom_properties: ["Choose a value for this property."],
    });
  });

  it("refuses a yes/no cell that is neither", () => {
    expect(validateRow(cells({ enabled: "maybe" })).problems).toEqual({
      enabled: ["Choose Yes, No or Account default."],
    });
  });
});

describe("the template", () => {
  it("has every field as a column and an example row that passes the create schema", () => {
    const parsed = parseCsv(templateCsv());
    expect(parsed.ok && parsed.columns).toContain("email_password");
    expect(parsed.ok && parsed.rows).toHaveLength(1);
    const [row] = parsed.ok ? parsed.rows : [];
    expect(row?.cells).toEqual(TEMPLATE_EXAMPLE);
    expect(row && validateRow(row.cells).problems).toEqual({});
  });
});
