import "server-only";
import { getBulkAction, settleAbandonedBulkAction, type StoredBulkAction } from "@/lib/db/bulk-queries";
import { IN_FLIGHT_INSTANCE_STOPPED, NOT_SENT_INSTANCE_STOPPED } from "./item-outcome";
import { isRunningHere } from "./running-here";

/**
 * A runner renews its heartbeat every 2 seconds; one silent this long belonged to an instance that
 * died (or was stopped) mid-action. Generous: a busy event loop or a slow database must not end a live action.
 */
export const ABANDONED_AFTER_MS = 60_000;

const isUnsettled = ({ action }: StoredBulkAction) => action.state === "running" || action.state === "cancelling";

/**
 * One of `actor`'s actions; undefined for another person's, or none. An action left unsettled by an
 * instance that stopped is settled here first: what was never sent says so, what was in flight is unknown.
 */
export async function readOwnBulkAction(
  actor: string,
  id: string,
  now: Date = new Date(),
): Promise<StoredBulkAction | undefined> {
  const stored = await getBulkAction(id);
  if (!stored || stored.action.actor !== actor) return undefined;
  if (!isUnsettled(stored) || isRunningHere(id)) return stored;
  const staleBefore = new Date(now.getTime() - ABANDONED_AFTER_MS);
  if (stored.action.heartbeatAt >= staleBefore) return stored;
  await settleAbandonedBulkAction(id, staleBefore, {
    unsent: NOT_SENT_INSTANCE_STOPPED,
    inFlight: IN_FLIGHT_INSTANCE_STOPPED,
  });
  return getBulkAction(id);
}
