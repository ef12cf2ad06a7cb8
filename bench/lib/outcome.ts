import { reasonOf, withTimeLimit } from "./time-limit";

/** A figure, or why it could not be measured: one failed measurement never stops the rest. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs `work` within `ms`; with `tries` > 1, again after a failure (for flaky tools such as Lighthouse). */
export async function attempt<T>(label: string, ms: number, work: () => Promise<T>, tries = 1): Promise<Outcome<T>> {
  let reason = "";
  for (let attemptNumber = 1; attemptNumber <= tries; attemptNumber += 1) {
    try {
      return { ok: true, value: await withTimeLimit(label, ms, work()) };
    } catch (error) {
      reason = attemptNumber > 1 ? `${reasonOf(error)} (after ${attemptNumber} tries)` : reasonOf(error);
    }
  }
  return { ok: false, reason };
}

export function valueOf<T>(outcome: Outcome<T> | undefined): T | undefined {
  return outcome?.ok ? outcome.value : undefined;
}
