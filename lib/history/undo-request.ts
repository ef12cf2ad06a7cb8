import "server-only";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { type HistoryEntry } from "./entry";
import { readEntry } from "./read-history";
import { undoability } from "./undo";

/** What the edit page opened with `?undo={entryId}` works from: the entry, or why not. */
export type UndoRequest = { entry: HistoryEntry } | { problem: string } | null;

/** Reads the entry an undo link names, and checks it is a change of this monitor that can be undone. */
export async function readUndoRequest(monitorId: string, entryId: string | undefined): Promise<UndoRequest> {
  if (entryId === undefined || entryId === "") return null;
  let entry: HistoryEntry | undefined;
  try {
    entry = await readEntry(entryId);
  } catch (error) {
    if (error instanceof RequestRejected) return { problem: error.message };
    throw error;
  }
  if (!entry) return { problem: "The change this link names is not in the history." };
  if (entry.monitorId !== monitorId)
    return { problem: `The change this link names was made to another monitor (${entry.monitorName}).` };
  const undo = undoability(entry);
  if (!undo.isUndoable) return { problem: undo.reason ?? "That entry is not a change of settings." };
  return { entry };
}
