import { describe, expect, it, vi } from "vitest";
import { AlertSiteError } from "@/lib/alertsite";
import { UnresolvedWrite } from "@/lib/api/server/write-outcome";
import { type HistoryAttempt, listEntries } from "@/lib/db/queries";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";
import { outcomeOfFailure, recordChange } from "./record-change";

withTestDatabase();

const ATTEMPT: HistoryAttempt = {
  actor: "dana@example.com",
  action: "edit",
  monitorId: "101",
  monitorName: "Billing mailbox",
  changes: [],
};

const lost = new AlertSiteError({
  kind: "timeout",
  errors: [{ code: 504, message: "AlertSite did not answer in time." }],
  unknownOutcome: "timeout",
});

async function onlyEntry() {
  const [entry, ...rest] = (await listEntries()).entries;
  expect(rest).toEqual([]);
  return entry;
}

describe("recordChange", () => {
  it("writes the attempt before AlertSite is called", async () => {
    const send = vi.fn(async () => {
      expect(await onlyEntry()).toMatchObject({ outcome: "pending", action: "edit" });
      return { id: "101" };
    });
    await recordChange(ATTEMPT, send);
    expect(send).toHaveBeenCalledOnce();
    expect(await onlyEntry()).toMatchObject({ outcome: "done", monitorId: "101" });
  });

  it("writes 'unknown' the moment the answer is lost, then what the console found", async () => {
    const result = await recordChange(ATTEMPT, async ({ answerLost }) => {
      await answerLost("timeout");
      expect(await onlyEntry()).toMatchObject({ outcome: "unknown", answerLost: "timeout" });
      return { id: "101", resolvedAfter: "timeout" as const };
    });
    expect(result).toEqual({ id: "101", resolvedAfter: "timeout" });
    expect(await onlyEntry()).toMatchObject({ outcome: "done", answerLost: "timeout" });
  });

  it("passes AlertSite's failure on unchanged after recording it", async () => {
    const refused = new AlertSiteError({
      kind: "http",
      status: 400,
      errors: [{ code: 400, message: "Invalid interval" }],
      isAlertSiteText: true,
    });
    await expect(recordChange(ATTEMPT, () => Promise.reject(refused))).rejects.toBe(refused);
    expect(await onlyEntry()).toMatchObject({ outcome: "refused", message: "Invalid interval" });
  });
});

describe("outcomeOfFailure", () => {
  it("reads each failure as the history's outcome", () => {
    expect(outcomeOfFailure(lost)).toMatchObject({ outcome: "unknown", answerLost: "timeout" });
    expect(
      outcomeOfFailure(
        new AlertSiteError({
          kind: "unreachable",
          errors: [{ code: 502, message: "AlertSite could not be reached." }],
        }),
      ),
    ).toEqual({ outcome: "not-made", message: "AlertSite could not be reached." });
    expect(
      outcomeOfFailure(new UnresolvedWrite(lost, "not-saved", { code: 504, message: "Your change was not saved." })),
    ).toEqual({ outcome: "not-made", message: "Your change was not saved.", answerLost: "timeout" });
    expect(outcomeOfFailure(new UnresolvedWrite(lost, "unknown", { code: 504, message: "Could not tell." }))).toEqual({
      outcome: "unknown",
      message: "Could not tell.",
      answerLost: "timeout",
    });
    expect(outcomeOfFailure(new Error("boom"))).toMatchObject({ outcome: "unknown" });
  });
});
