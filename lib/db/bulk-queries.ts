import "server-only";
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { type BulkItemStatus, type BulkKind } from "@/lib/bulk/contract";
import { getDb } from "./index";
import { bulkAction, type BulkActionRow, bulkItem, type BulkItemRow, bulkRetry } from "./schema";

// Every query of bulk actions (lib/bulk/), by name. Progress lives here so that every instance can
// show an action; only the instance running it writes its items.

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for 5,000 items of 8 columns. */
const INSERT_CHUNK = 1000;

/** An item as the action starts: what is known before anything is sent. */
export type NewBulkItem = {
  monitorId: string | null;
  monitorName: string;
  row: number | null;
  /** An edit's PATCH body (never a mailbox password); null for the other kinds. */
  patch: Record<string, unknown> | null;
};

export type NewBulkAction = { actor: string; requestKey: string; kind: BulkKind; items: readonly NewBulkItem[] };

/** An action with its items in order. */
export type StoredBulkAction = { action: BulkActionRow; items: BulkItemRow[] };

/**
 * Writes an action and its items, all `queued`. When the actor already started one with this request
 * key, writes nothing and returns that one (`isNew: false`).
 */
export async function insertBulkAction(input: NewBulkAction): Promise<{ action: BulkActionRow; isNew: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(bulkAction)
      .values({ actor: input.actor, requestKey: input.requestKey, kind: input.kind })
      .onConflictDoNothing({ target: [bulkAction.actor, bulkAction.requestKey] })
      .returning();
    if (!inserted) {
      const [existing] = await tx
        .select()
        .from(bulkAction)
        .where(and(eq(bulkAction.actor, input.actor), eq(bulkAction.requestKey, input.requestKey)));
      if (!existing) throw new Error("The bulk action's request key is taken, but no action holds it.");
      return { action: existing, isNew: false };
    }
    for (let start = 0; start < input.items.length; start += INSERT_CHUNK) {
      const chunk = input.items.slice(start, start + INSERT_CHUNK);
      await tx
        .insert(bulkItem)
        .values(chunk.map((item, offset) => ({ ...item, bulkActionId: inserted.id, index: start + offset })));
    }
    return { action: inserted, isNew: true };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One action and its items; undefined when there is none (or the id is not one). */
export async function getBulkAction(id: string): Promise<StoredBulkAction | undefined> {
  if (!UUID.test(id)) return undefined;
  const db = await getDb();
  const [action] = await db.select().from(bulkAction).where(eq(bulkAction.id, id)).limit(1);
  if (!action) return undefined;
  const items = await db.select().from(bulkItem).where(eq(bulkItem.bulkActionId, id)).orderBy(asc(bulkItem.index));
  return { action, items };
}

export type BulkItemUpdate = Partial<
  Pick<BulkItemRow, "status" | "message" | "alertSite" | "historyEntryId" | "monitorId" | "monitorName">
>;

export async function updateBulkItem(bulkActionId: string, index: number, update: BulkItemUpdate): Promise<void> {
  const db = await getDb();
  await db
    .update(bulkItem)
    .set(update)
    .where(and(eq(bulkItem.bulkActionId, bulkActionId), eq(bulkItem.index, index)));
}

/** Names the items from one list read (they start as "Monitor 123"), in one statement. */
export async function setBulkItemNames(
  bulkActionId: string,
  names: readonly { index: number; name: string }[],
): Promise<void> {
  if (names.length === 0) return;
  const db = await getDb();
  await db.execute(sql`
    update ${bulkItem} set monitor_name = named.name
    from jsonb_to_recordset(${JSON.stringify(names)}::jsonb) as named(index int, name text)
    where ${bulkItem.bulkActionId} = ${bulkActionId} and ${bulkItem.index} = named.index`);
}

/** Renews the running instance's heartbeat; returns the action's state (another instance may have asked to cancel). */
export async function touchBulkAction(id: string, now: Date = new Date()): Promise<BulkActionRow["state"] | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(bulkAction)
    .set({ heartbeatAt: now })
    .where(eq(bulkAction.id, id))
    .returning({ state: bulkAction.state });
  return row?.state;
}

/** `running` becomes `cancelling`; returns whether it did (false: it had already settled, or was cancelling). */
export async function requestBulkCancel(id: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(bulkAction)
    .set({ state: "cancelling" })
    .where(and(eq(bulkAction.id, id), eq(bulkAction.state, "running")))
    .returning({ id: bulkAction.id });
  return rows.length > 0;
}

const UNSENT: BulkItemStatus[] = ["queued", "waiting"];

/**
 * Settles an action its runner has finished, `finished` or `cancelled`; items never sent (queued, or
 * waiting out a 429) take `unsent`'s status and message.
 */
export async function settleBulkAction(
  id: string,
  ending: {
    state: "finished" | "cancelled";
    unsent?: { status: Extract<BulkItemStatus, "cancelled" | "failed">; message: string };
  },
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (ending.unsent)
      await tx
        .update(bulkItem)
        .set({ status: ending.unsent.status, message: ending.unsent.message })
        .where(and(eq(bulkItem.bulkActionId, id), inArray(bulkItem.status, UNSENT)));
    await tx.update(bulkAction).set({ state: ending.state, finishedAt: new Date() }).where(eq(bulkAction.id, id));
  });
}

/**
 * An action whose runner stopped renewing its heartbeat before `staleBefore` (its instance died):
 * settled as cancelled at its last heartbeat, items not sent `cancelled`, items in flight `unknown`.
 * Returns whether this call settled it (only one caller does).
 */
export async function settleAbandonedBulkAction(
  id: string,
  staleBefore: Date,
  messages: { unsent: string; inFlight: string },
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const settled = await tx
      .update(bulkAction)
      .set({ state: "cancelled", finishedAt: sql`${bulkAction.heartbeatAt}` })
      .where(
        and(
          eq(bulkAction.id, id),
          inArray(bulkAction.state, ["running", "cancelling"]),
          lt(bulkAction.heartbeatAt, staleBefore),
        ),
      )
      .returning({ id: bulkAction.id });
    if (settled.length === 0) return false;
    await tx
      .update(bulkItem)
      .set({ status: "cancelled", message: messages.unsent })
      .where(and(eq(bulkItem.bulkActionId, id), inArray(bulkItem.status, UNSENT)));
    await tx
      .update(bulkItem)
      .set({ status: "unknown", message: messages.inFlight })
      .where(and(eq(bulkItem.bulkActionId, id), eq(bulkItem.status, "sending")));
    return true;
  });
}

/**
 * Starts a retry of the `indexes` given (items that failed): they become `queued` again with their
 * message cleared, and the action `running`. Returns "repeated" (nothing changed) when this request
 * key already started a retry of this action, "busy" when the action has not settled.
 */
export async function startBulkRetry(
  id: string,
  requestKey: string,
  indexes: readonly number[],
): Promise<"started" | "repeated" | "busy"> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const isRepeated = async () =>
      (
        await tx
          .select({ requestKey: bulkRetry.requestKey })
          .from(bulkRetry)
          .where(and(eq(bulkRetry.bulkActionId, id), eq(bulkRetry.requestKey, requestKey)))
      ).length > 0;
    if (await isRepeated()) return "repeated";
    const restarted = await tx
      .update(bulkAction)
      .set({ state: "running", finishedAt: null, heartbeatAt: new Date() })
      .where(and(eq(bulkAction.id, id), inArray(bulkAction.state, ["finished", "cancelled"])))
      .returning({ id: bulkAction.id });
    // A second click racing the first waits for its row lock, then finds the action running and the key taken.
    if (restarted.length === 0) return (await isRepeated()) ? "repeated" : "busy";
    await tx.insert(bulkRetry).values({ bulkActionId: id, requestKey });
    if (indexes.length > 0)
      await tx
        .update(bulkItem)
        .set({ status: "queued", message: null, alertSite: null })
        .where(
          and(eq(bulkItem.bulkActionId, id), eq(bulkItem.status, "failed"), inArray(bulkItem.index, [...indexes])),
        );
    return "started";
  });
}

/** Whether this request key already started a retry of this action. */
export async function isBulkRetryKeyUsed(id: string, requestKey: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select({ requestKey: bulkRetry.requestKey })
    .from(bulkRetry)
    .where(and(eq(bulkRetry.bulkActionId, id), eq(bulkRetry.requestKey, requestKey)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Deletes actions nothing has happened to since `cutoff` (their last heartbeat: a settled action's is
 * when it settled), with their items and retries; returns how many went.
 */
export async function deleteBulkActionsBefore(cutoff: Date): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(bulkAction)
    .where(lt(bulkAction.heartbeatAt, cutoff))
    .returning({ id: bulkAction.id });
  return deleted.length;
}
