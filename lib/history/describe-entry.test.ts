import { describe, expect, it } from "vitest";
import { actionSentence, changeLine, detailLines, outcomeExplanation } from "./describe-entry";
import { type FieldChange } from "./entry";

const interval: FieldChange = {
  secret: false,
  field: "interval",
  label: "Run every",
  before: { text: "15 minutes", value: "15" },
  after: { text: "5 minutes", value: "5" },
};
const locations: FieldChange = {
  secret: false,
  field: "locations",
  label: "Monitoring locations",
  before: { text: "London, UK", value: ["10"] },
  after: { text: "Sydney, AU", value: ["20"] },
};
const password: FieldChange = { secret: true, field: "email_password", label: "Mailbox password" };

describe("actionSentence", () => {
  it("says one changed field in a sentence, with the form's words for each value", () => {
    expect(actionSentence({ action: "edit", changes: [interval] })).toBe(
      "changed Run every from 15 minutes to 5 minutes",
    );
    expect(actionSentence({ action: "edit", changes: [locations] })).toBe(
      "changed Monitoring locations from London, UK to Sydney, AU",
    );
  });

  it("says a password change without any value", () => {
    expect(actionSentence({ action: "edit", changes: [password] })).toBe("changed the mailbox password");
  });

  it("counts several changes, and lists them as lines", () => {
    const entry = { action: "edit" as const, changes: [interval, password] };
    expect(actionSentence(entry)).toBe("changed 2 settings");
    expect(detailLines(entry)).toEqual(["Run every: 15 minutes → 5 minutes", "Mailbox password: changed"]);
  });

  it("names pauses, resumes, tests, creates and deletes in plain words", () => {
    expect(actionSentence({ action: "pause", changes: [] })).toBe("paused monitoring");
    expect(actionSentence({ action: "resume", changes: [] })).toBe("resumed monitoring");
    expect(actionSentence({ action: "test", changes: [] })).toBe("ran a test");
    expect(actionSentence({ action: "create", changes: [] })).toBe("created the monitor");
    expect(actionSentence({ action: "delete", changes: [] })).toBe("deleted the monitor");
    expect(detailLines({ action: "pause", changes: [interval] })).toEqual([]);
  });
});

describe("changeLine", () => {
  it("shows only the new value for a create and the old one for a delete", () => {
    expect(changeLine({ ...interval, before: null })).toBe("Run every: 5 minutes");
    expect(changeLine({ ...interval, after: null })).toBe("Run every: was 15 minutes");
  });
});

describe("outcomeExplanation", () => {
  it("says a test that is done was started (its result is the entry's message), and other outcomes as their badge does", () => {
    expect(outcomeExplanation({ action: "test", outcome: "done" })).toBe("AlertSite started the test.");
    expect(outcomeExplanation({ action: "edit", outcome: "done" })).toBe("AlertSite made the change.");
    expect(outcomeExplanation({ action: "test", outcome: "refused" })).toBe(
      "AlertSite refused the change; nothing was changed.",
    );
  });
});
