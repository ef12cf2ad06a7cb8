import "server-only";
import { type BulkActionRow, type BulkItemRow } from "@/lib/db/schema";
import { type BulkActionView, type BulkItemStatus } from "./contract";

/** The contract's view of a stored action: every item, and how many are in each status. */
export function bulkActionView(action: BulkActionRow, items: readonly BulkItemRow[]): BulkActionView {
  const counts: Record<BulkItemStatus, number> = {
    queued: 0,
    sending: 0,
    waiting: 0,
    done: 0,
    failed: 0,
    unknown: 0,
    cancelled: 0,
  };
  for (const item of items) counts[item.status] += 1;
  return {
    id: action.id,
    kind: action.kind,
    actor: action.actor,
    startedAt: action.startedAt.toISOString(),
    finishedAt: action.finishedAt?.toISOString() ?? null,
    state: action.state,
    counts,
    inFlight: counts.sending,
    items: items.map((item) => ({
      index: item.index,
      monitorId: item.monitorId,
      monitorName: item.monitorName,
      row: item.row,
      status: item.status,
      message: item.message,
      alertSite: item.alertSite,
      historyEntryId: item.historyEntryId,
    })),
  };
}
