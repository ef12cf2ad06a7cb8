import "server-only";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";

// What only the instance running an action holds: how to cancel it at once, the promise of its end
// (tests and a graceful stop wait on it) and an import's rows, passwords included, which never go to
// the database. On globalThis, so that `next dev` reloading a module keeps them.

/** An import's failed rows are kept this long after the action ends, for "Retry the failed ones". */
export const CREATE_VALUES_KEPT_MS = 60 * 60 * 1000;

type Runner = { cancel: () => void; ended: Promise<void> };

const holder = globalThis as typeof globalThis & {
  bulkRunners?: Map<string, Runner>;
  bulkCreateValues?: Map<string, { values: Map<number, MonitorCreateBody>; expiry?: NodeJS.Timeout }>;
};
const runners = (holder.bulkRunners ??= new Map());
const createValues = (holder.bulkCreateValues ??= new Map());

export function registerRunner(actionId: string, runner: Runner): void {
  runners.set(actionId, runner);
}

export function unregisterRunner(actionId: string): void {
  runners.delete(actionId);
}

export function isRunningHere(actionId: string): boolean {
  return runners.has(actionId);
}

/** Cancels the action at once when this instance runs it; returns whether it did. */
export function cancelHere(actionId: string): boolean {
  const runner = runners.get(actionId);
  runner?.cancel();
  return runner !== undefined;
}

/** Resolves when the action running here ends (at once when none is). */
export async function endOfRunHere(actionId: string): Promise<void> {
  await runners.get(actionId)?.ended;
}

/** Keeps an import's rows, by item index, while the action runs. */
export function keepCreateValues(actionId: string, values: Map<number, MonitorCreateBody>): void {
  const kept = createValues.get(actionId);
  if (kept?.expiry) clearTimeout(kept.expiry);
  createValues.set(actionId, { values });
}

export function createValuesOf(actionId: string, index: number): MonitorCreateBody | undefined {
  return createValues.get(actionId)?.values.get(index);
}

/** After a run: only the rows in `failedIndexes` stay, and only for CREATE_VALUES_KEPT_MS. */
export function keepOnlyFailedCreateValues(actionId: string, failedIndexes: readonly number[]): void {
  const kept = createValues.get(actionId);
  if (!kept) return;
  const failed = new Set(failedIndexes);
  for (const index of [...kept.values.keys()]) if (!failed.has(index)) kept.values.delete(index);
  if (kept.values.size === 0) {
    createValues.delete(actionId);
    return;
  }
  if (kept.expiry) clearTimeout(kept.expiry);
  kept.expiry = setTimeout(() => createValues.delete(actionId), CREATE_VALUES_KEPT_MS);
  kept.expiry.unref();
}
