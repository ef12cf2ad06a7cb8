import { describe, expect, it } from "vitest";
import { upstream } from "../upstream-fixture";
import { emptyCells, type ImportRow } from "./import-row";
import { conflictMessage, mailboxConflicts } from "./mailbox-conflicts";

function row(number: number, email: string): ImportRow {
  return { row: number, cells: { ...emptyCells(), email } };
}

describe("mailboxConflicts", () => {
  const existing = [upstream, { ...upstream, id: "7", name: "  ", email: "other@example.com" }];

  it("flags a row whose mailbox an existing monitor tests, whatever its case and spaces", () => {
    const conflicts = mailboxConflicts([row(2, " RoundTrip@Example.com "), row(3, "new@example.com")], existing);
    expect([...conflicts]).toEqual([
      [2, { monitors: [{ id: "123456", name: "Support mailbox" }], earlierRow: undefined }],
    ]);
  });

  it("flags later rows of the file with the mailbox of an earlier row; the first keeps it", () => {
    const conflicts = mailboxConflicts(
      [row(2, "a@example.com"), row(3, "b@example.com"), row(4, "A@example.com"), row(5, ""), row(6, "")],
      existing,
    );
    expect([...conflicts]).toEqual([[4, { monitors: [], earlierRow: 2 }]]);
  });

  it("says both in plain words", () => {
    const conflicts = mailboxConflicts([row(2, "other@example.com"), row(3, "other@example.com")], existing);
    const third = conflicts.get(3);
    expect(third && conflictMessage(third)).toBe(
      "Already the test mailbox of Monitor 7 (7). Row 2 of this file uses it too. Two monitors on one mailbox take each other's test messages.",
    );
  });
});
