import { describe, expect, it } from "vitest";
import { csvCell, csvEntryRow, csvFileName, csvHeader } from "./csv";
import { type HistoryEntry } from "./entry";

const entry: HistoryEntry = {
  id: "0f8fad5b-d9cb-469f-a165-70867728950e",
  at: "2026-05-01T12:00:00.000Z",
  actor: "dana@example.com",
  monitorId: "123456",
  monitorName: 'Billing, "main" mailbox',
  action: "edit",
  changes: [
    {
      secret: false,
      field: "interval",
      label: "Run every",
      before: { text: "15 minutes", value: "15" },
      after: { text: "5 minutes", value: "5" },
    },
    { secret: true, field: "email_password", label: "Mailbox password" },
  ],
  outcome: "refused",
  message: '=HYPERLINK("http://evil.example")',
  answerLost: null,
  outcomeAt: "2026-05-01T12:00:01.000Z",
  bulkActionId: null,
};

describe("the activity as CSV", () => {
  it("writes one row per entry in the header's columns, quoting what needs it", () => {
    expect(csvHeader()).toBe(
      "Time (UTC),Person,Action,Monitor ID,Monitor name,What happened,Changes,Outcome,Message,Entry ID\r\n",
    );
    expect(csvEntryRow(entry)).toBe(
      '2026-05-01T12:00:00.000Z,dana@example.com,Changed settings,123456,"Billing, ""main"" mailbox",dana@example.com changed 2 settings,Run every: 15 minutes → 5 minutes; Mailbox password: changed,Refused,"\'=HYPERLINK(""http://evil.example"")",0f8fad5b-d9cb-469f-a165-70867728950e\r\n',
    );
  });

  it("never lets a spreadsheet run a cell as a formula", () => {
    for (const start of ["=", "+", "-", "@"]) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell("plain")).toBe("plain");
  });

  it("names the file after the day it was made", () => {
    expect(csvFileName(new Date("2026-05-01T23:59:00.000Z"))).toBe("activity-2026-05-01.csv");
  });
});
