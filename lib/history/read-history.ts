import "server-only";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import {
  countEntries,
  getEntry,
  listActors,
  listEntries,
  listHistoryMonitors,
  listMonitorEntries,
} from "@/lib/db/queries";
import { type ActivityView, activityFilters } from "./activity-view";
import { type HistoryPage, historyPageRequestSchema } from "./entry";

// The history as the pages and the console API read it. A database that does not answer becomes
// one plain-words refusal (503); its own message goes to the server log only.

export const HISTORY_READ_FAILED =
  "The history could not be read: the console's database did not answer. Try again in a minute; if it keeps happening, tell whoever runs the console.";

async function reading<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof RequestRejected) throw error;
    console.error(`[history] reading ${what} failed: ${error instanceof Error ? error.message : "unknown"}`);
    throw new RequestRejected(503, [{ code: 503, message: HISTORY_READ_FAILED }]);
  }
}

type ParamReader = { get(name: string): string | null };

/** The page a request asks for (`cursor`, `limit`); a cursor this console did not make is a 400. */
export function pageRequestFrom(params: ParamReader) {
  const parsed = historyPageRequestSchema.safeParse({
    cursor: params.get("cursor") || undefined,
    limit: params.get("limit") || undefined,
  });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "This page link is not valid.";
    throw new RequestRejected(400, [{ code: 400, message }]);
  }
  return parsed.data;
}

export function readMonitorHistory(
  monitorId: string,
  page: { cursor?: string; limit?: number } = {},
): Promise<HistoryPage> {
  return reading(`monitor ${monitorId}'s history`, () => listMonitorEntries(monitorId, page));
}

export type ActivityPage = HistoryPage & { total: number };

function pageOfActivity(view: ActivityView, limit: number | undefined): Promise<HistoryPage> {
  return listEntries(activityFilters(view), {
    ...(view.cursor === "" ? {} : { cursor: view.cursor }),
    ...(limit ? { limit } : {}),
  });
}

/** One page of the activity a view asks for. */
export function readActivityPage(view: ActivityView, limit?: number): Promise<HistoryPage> {
  return reading("the activity", () => pageOfActivity(view, limit));
}

/** One page of the activity a view asks for, with how many entries match in all. */
export function readActivity(view: ActivityView, limit?: number): Promise<ActivityPage> {
  return reading("the activity", async () => {
    const [page, total] = await Promise.all([pageOfActivity(view, limit), countEntries(activityFilters(view))]);
    return { ...page, total };
  });
}

/** The people and monitors the activity page's filters offer. */
export function readActivityChoices() {
  return reading("the activity's filter choices", async () => {
    const [people, monitors] = await Promise.all([listActors(), listHistoryMonitors()]);
    return { people, monitors };
  });
}

/** One entry; undefined when there is none. */
export function readEntry(id: string) {
  return reading(`entry ${id}`, () => getEntry(id));
}
