import "server-only";
import { getConfig } from "@/lib/config";
import { deleteBulkActionsBefore } from "@/lib/db/bulk-queries";
import { deleteEntriesBefore } from "@/lib/db/queries";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes history entries older than HISTORY_RETENTION_DAYS, and the bulk actions (progress pages)
 * nothing has happened to for as long; returns how many of each went.
 */
export async function pruneHistory(now: Date = new Date()): Promise<{ entries: number; bulkActions: number }> {
  const cutoff = new Date(now.getTime() - getConfig().historyRetentionDays * DAY_MS);
  return { entries: await deleteEntriesBefore(cutoff), bulkActions: await deleteBulkActionsBefore(cutoff) };
}

async function pruneAndLog(): Promise<void> {
  try {
    const { entries, bulkActions } = await pruneHistory();
    if (entries + bulkActions > 0)
      console.log(
        `[history] pruned ${entries} entries and ${bulkActions} bulk actions older than ${getConfig().historyRetentionDays} days`,
      );
  } catch (error) {
    console.warn(
      `[history] pruning failed, will try again tomorrow: ${error instanceof Error ? error.message : "unknown"}`,
    );
  }
}

// Held on globalThis: `next dev` may evaluate this module again, and one timer per process is enough.
const holder = globalThis as typeof globalThis & { historyRetentionTimer?: NodeJS.Timeout };

/**
 * Prunes now, then once a day while the process runs. Every instance does the same; deleting what
 * another instance already deleted is harmless.
 */
export async function startHistoryRetention(): Promise<void> {
  if (holder.historyRetentionTimer) return;
  holder.historyRetentionTimer = setInterval(() => void pruneAndLog(), DAY_MS);
  holder.historyRetentionTimer.unref();
  await pruneAndLog();
}
