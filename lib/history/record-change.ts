import "server-only";
import { isAlertSiteError, type UnknownOutcomeCause } from "@/lib/alertsite";
import { type ResolvedAfter } from "@/lib/api/envelope";
import { UnresolvedWrite } from "@/lib/api/server/write-outcome";
import {
  type HistoryAttempt,
  type HistoryOutcomeUpdate,
  insertHistoryAttempt,
  setHistoryOutcome,
} from "@/lib/db/queries";
import { HistoryUnavailable } from "./history-unavailable";

// Every change the console sends AlertSite goes through recordChange: the attempt is written first
// (if it cannot be, nothing is sent), the outcome after. A crash in between leaves the entry
// "pending", which the pages read as "outcome unknown": never a change the history does not show.

/** Handed to the code that calls AlertSite, for what happens between the attempt and the outcome. */
export type ChangeRecording = {
  /** AlertSite's answer was lost: written at once, before the console looks whether the change was made. */
  answerLost: (cause: UnknownOutcomeCause) => Promise<void>;
};

/** What a successful call says about the change: the monitor's id (a create learns it here), a lost answer. */
export type ChangeResult = { id?: string; resolvedAfter?: ResolvedAfter };

const LOST_ANSWER_MESSAGE = "AlertSite's answer was lost: the change may or may not have been made.";

/** What a failed call means for the history. */
export function outcomeOfFailure(error: unknown): HistoryOutcomeUpdate {
  if (error instanceof UnresolvedWrite) {
    const answerLost = error.failure.unknownOutcome ?? null;
    return error.outcome === "not-saved"
      ? { outcome: "not-made", message: error.lead.message, answerLost }
      : { outcome: "unknown", message: error.lead.message, answerLost };
  }
  if (isAlertSiteError(error)) {
    if (error.unknownOutcome)
      return { outcome: "unknown", message: LOST_ANSWER_MESSAGE, answerLost: error.unknownOutcome };
    const words = error.errors.map((entry) => entry.message).join(" ");
    // An answer from AlertSite is a refusal in its words; no answer at all means nothing was made.
    return error.kind === "http" ? { outcome: "refused", message: words } : { outcome: "not-made", message: words };
  }
  return { outcome: "unknown", message: "The console hit an unexpected problem while sending the change." };
}

/** A create's or an edit's answer: done, with the monitor's id and whether the answer had been lost. */
export function outcomeOfResult({ id, resolvedAfter }: ChangeResult): HistoryOutcomeUpdate {
  return {
    outcome: "done",
    ...(typeof id === "string" ? { monitorId: id } : {}),
    ...(resolvedAfter ? { answerLost: resolvedAfter } : {}),
  };
}

async function writeOutcome(entryId: string, update: HistoryOutcomeUpdate): Promise<void> {
  try {
    await setHistoryOutcome(entryId, update);
  } catch (error) {
    // The change itself is done or refused; the entry stays as it was ("pending" or "unknown"), which is still true.
    console.warn(
      `[history] entry=${entryId} outcome=${update.outcome} could not be written: ${error instanceof Error ? error.message : "unknown"}`,
    );
  }
}

/**
 * Writes `attempt` to the history, then runs `send` (the AlertSite call) and writes its outcome.
 * Throws HistoryUnavailable, without calling `send`, when the attempt cannot be written. Whatever
 * `send` returns or throws is passed on unchanged.
 */
export async function recordChange<T>(
  attempt: HistoryAttempt,
  send: (recording: ChangeRecording) => Promise<T>,
  /** What AlertSite's answer means for the history: `outcomeOfResult` for a create or an edit. */
  outcomeOf: (result: T) => HistoryOutcomeUpdate,
  /** Told the entry's id once the attempt is written, before AlertSite is called (a bulk item links to it). */
  onAttemptWritten?: (entryId: string) => Promise<void>,
): Promise<T> {
  let entryId: string;
  try {
    entryId = (await insertHistoryAttempt(attempt)).id;
  } catch (error) {
    console.error(
      `[history] ${attempt.action} of monitor ${attempt.monitorId ?? "(new)"} refused: the attempt could not be written: ${error instanceof Error ? error.message : "unknown"}`,
    );
    throw new HistoryUnavailable(error);
  }
  await onAttemptWritten?.(entryId);
  const recording: ChangeRecording = {
    answerLost: (cause) =>
      writeOutcome(entryId, { outcome: "unknown", message: LOST_ANSWER_MESSAGE, answerLost: cause }),
  };
  let result: T;
  try {
    result = await send(recording);
  } catch (error) {
    await writeOutcome(entryId, outcomeOfFailure(error));
    throw error;
  }
  await writeOutcome(entryId, outcomeOf(result));
  return result;
}
