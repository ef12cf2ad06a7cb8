import "server-only";
import { type z } from "zod";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { type ConsoleSession } from "@/lib/auth/session";
import {
  getBulkAction,
  insertBulkAction,
  isBulkRetryKeyUsed,
  type NewBulkItem,
  requestBulkCancel,
  startBulkRetry,
  type StoredBulkAction,
} from "@/lib/db/bulk-queries";
import { type BulkItemRow } from "@/lib/db/schema";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { bulkActionView } from "./action-view";
import { type BulkActionView, type BulkKind, type startBulkActionSchema } from "./contract";
import { readOwnBulkAction } from "./read-bulk-action";
import { type BulkRun, type BulkRunItem, type BulkRunOptions, runBulkAction } from "./run-bulk-action";
import { cancelHere, createValuesOf, keepCreateValues, keepOnlyFailedCreateValues } from "./running-here";

// What the bulk-action routes do: start an action (once per request key), read it, cancel it, and
// retry its failed items. The runner itself: run-bulk-action.ts.

type Session = Pick<ConsoleSession, "email" | "alertSiteToken">;
export type StartBulkActionBody = z.infer<typeof startBulkActionSchema>;

/** Launched runs' options: the route tests shrink a 429's wait. */
const runOptions: { current: BulkRunOptions } = { current: {} };
export function setBulkRunOptionsForTests(options: BulkRunOptions): void {
  runOptions.current = options;
}

const rejected = (message: string, status = 400) => new RequestRejected(status, [{ code: status, message }]);

function launch(run: BulkRun): void {
  void runBulkAction(run, runOptions.current).finally(() => {
    if (run.kind === "create") void forgetSentCreateValues(run.actionId);
  });
}

/** An import's rows that were sent are let go; the failed ones are kept a while for a retry. */
async function forgetSentCreateValues(actionId: string): Promise<void> {
  const stored = await getBulkAction(actionId).catch(() => undefined);
  const failed = (stored?.items ?? []).filter((item) => item.status === "failed");
  keepOnlyFailedCreateValues(
    actionId,
    failed.map((item) => item.index),
  );
}

/** One monitor twice in one action would send it two requests that race each other. */
function refuseRepeats(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw rejected(`Monitor ${id} is listed twice: each monitor may appear once in a bulk action.`);
    seen.add(id);
  }
}

function newItems(body: StartBulkActionBody): NewBulkItem[] {
  if (body.kind === "create")
    return body.items.map((item) => ({ monitorId: null, monitorName: item.values.name, row: item.row, patch: null }));
  if (body.kind === "edit") {
    refuseRepeats(body.items.map((item) => item.monitorId));
    return body.items.map((item) => {
      if (item.patch.email_password !== undefined)
        throw rejected("A bulk change cannot set mailbox passwords: change a password on its monitor's own page.");
      if (Object.keys(item.patch).length === 0)
        throw rejected(`Nothing to change for monitor ${item.monitorId}: leave it out of the bulk change.`);
      return { monitorId: item.monitorId, monitorName: `Monitor ${item.monitorId}`, row: null, patch: item.patch };
    });
  }
  refuseRepeats(body.monitorIds);
  return body.monitorIds.map((id) => ({ monitorId: id, monitorName: `Monitor ${id}`, row: null, patch: null }));
}

function runItemOf(kind: BulkKind, actionId: string, item: BulkItemRow): BulkRunItem {
  return {
    index: item.index,
    monitorId: item.monitorId,
    patch: kind === "edit" ? monitorEditSchema.parse(item.patch ?? {}) : null,
    createValues: kind === "create" ? (createValuesOf(actionId, item.index) ?? null) : null,
  };
}

/**
 * Starts a bulk action and answers at once, the runner going on in this instance. The same request
 * key again (a double click, a reload) sends nothing and returns the action already started.
 */
export async function startBulkAction(
  session: Session,
  body: StartBulkActionBody,
): Promise<{ bulkAction: BulkActionView; isNew: boolean }> {
  const items = newItems(body);
  const { action, isNew } = await insertBulkAction({
    actor: session.email,
    requestKey: body.requestKey,
    kind: body.kind,
    items,
  });
  if (isNew) {
    const values = new Map<number, MonitorCreateBody>(
      body.kind === "create" ? body.items.map((item, index) => [index, item.values]) : [],
    );
    if (body.kind === "create") keepCreateValues(action.id, values);
    launch({
      actionId: action.id,
      kind: body.kind,
      session,
      items: items.map((item, index) => ({
        index,
        monitorId: item.monitorId,
        patch: body.kind === "edit" ? (body.items[index]?.patch ?? null) : null,
        createValues: values.get(index) ?? null,
      })),
    });
  }
  const stored = await readOwnBulkAction(session.email, action.id);
  if (!stored) throw new Error("The bulk action just written could not be read back.");
  return { bulkAction: bulkActionView(stored.action, stored.items), isNew };
}

const NOT_FOUND = "This bulk action was not found: it may belong to someone else, or the link is wrong.";

async function ownAction(session: Session, id: string): Promise<StoredBulkAction> {
  const stored = await readOwnBulkAction(session.email, id);
  if (!stored) throw rejected(NOT_FOUND, 404);
  return stored;
}

export async function readBulkAction(session: Session, id: string): Promise<BulkActionView> {
  const { action, items } = await ownAction(session, id);
  return bulkActionView(action, items);
}

/** No new request starts; requests in flight finish. Cancelling a settled action changes nothing. */
export async function cancelBulkAction(session: Session, id: string): Promise<BulkActionView> {
  await ownAction(session, id);
  await requestBulkCancel(id);
  cancelHere(id);
  return readBulkAction(session, id);
}

function rowList(rows: readonly number[]): string {
  const words = rows.map(String);
  return words.length === 1 ? `Row ${words[0]}` : `Rows ${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * Sends the failed items again, as a new run of the same action (its view keeps one line per
 * monitor; each attempt has its own history entry). The same request key again sends nothing.
 */
export async function retryBulkAction(
  session: Session,
  id: string,
  requestKey: string,
): Promise<{ bulkAction: BulkActionView; isNew: boolean }> {
  const { action, items } = await ownAction(session, id);
  if (await isBulkRetryKeyUsed(id, requestKey)) return { bulkAction: bulkActionView(action, items), isNew: false };
  if (action.state === "running" || action.state === "cancelling")
    throw rejected("This bulk action is still running: wait for it to end, then retry the failed ones.", 409);
  const failed = items.filter((item) => item.status === "failed");
  if (failed.length === 0) throw rejected("No monitor of this bulk action failed, so there is nothing to retry.", 409);
  if (action.kind === "create") {
    const lost = failed.filter((item) => createValuesOf(id, item.index) === undefined);
    if (lost.length > 0) {
      const rows = lost.map((item) => item.row ?? item.index + 1);
      throw rejected(
        `${rowList(rows)} must be imported again: the console keeps an import's rows only for an hour, and only in the server that ran it.`,
        409,
      );
    }
  }
  const runItems = failed.map((item) => runItemOf(action.kind, id, item));
  const started = await startBulkRetry(
    id,
    requestKey,
    runItems.map((item) => item.index),
  );
  if (started === "busy")
    throw rejected("This bulk action is still running: wait for it to end, then retry the failed ones.", 409);
  if (started === "started") {
    if (action.kind === "create")
      keepCreateValues(
        id,
        new Map(runItems.flatMap((item) => (item.createValues ? [[item.index, item.createValues] as const] : []))),
      );
    launch({ actionId: id, kind: action.kind, session, items: runItems });
  }
  const view = await readBulkAction(session, id);
  return { bulkAction: view, isNew: started === "started" };
}
