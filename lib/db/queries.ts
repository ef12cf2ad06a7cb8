import "server-only";
import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  like,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { decodeHistoryCursor, encodeHistoryCursor } from "@/lib/history/cursor";
import { testMessagePrefix, testStartedMessage } from "@/lib/history/test-result";
import {
  type FieldChange,
  type HistoryAction,
  type HistoryEntry,
  type HistoryFilters,
  type HistoryOutcome,
  type HistoryPage,
  type HistoryPageRequest,
  historyPageRequestSchema,
} from "@/lib/history/entry";
import { type ResolvedAfter } from "@/lib/api/envelope";
import { getDb } from "./index";
import { historyEntry, type HistoryEntryRow, revokedSession, signInAttempt } from "./schema";

// Every query the console runs, by name. Pages and handlers call these; none builds SQL itself.

const t = historyEntry;

function toEntry(row: HistoryEntryRow): HistoryEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    monitorId: row.monitorId,
    monitorName: row.monitorName,
    action: row.action,
    changes: row.changes,
    outcome: row.outcome,
    message: row.message,
    answerLost: row.answerLost,
    outcomeAt: row.outcomeAt.toISOString(),
    bulkActionId: row.bulkActionId,
  };
}

/** What is known before AlertSite is called. */
export type HistoryAttempt = {
  actor: string;
  action: HistoryAction;
  monitorId: string | null;
  monitorName: string;
  changes: FieldChange[];
  bulkActionId?: string | null;
  /** Defaults to now; tests and imports pass their own. */
  at?: Date;
};

/** Writes an attempt, outcome `pending`, and returns the entry as stored. */
export async function insertHistoryAttempt(attempt: HistoryAttempt): Promise<HistoryEntry> {
  const db = await getDb();
  const at = attempt.at ?? new Date();
  const [row] = await db
    .insert(t)
    .values({
      actor: attempt.actor,
      action: attempt.action,
      monitorId: attempt.monitorId,
      monitorName: attempt.monitorName,
      changes: attempt.changes,
      bulkActionId: attempt.bulkActionId ?? null,
      at,
      outcomeAt: at,
    })
    .returning();
  if (!row) throw new Error("The history entry was not written.");
  return toEntry(row);
}

export type HistoryOutcomeUpdate = {
  outcome: Exclude<HistoryOutcome, "pending">;
  message?: string | null;
  answerLost?: ResolvedAfter | null;
  /** A create learns its monitor's id only from AlertSite's answer. */
  monitorId?: string;
};

/** Records what came of an attempt (or, later, what the console found when it looked). */
export async function setHistoryOutcome(id: string, update: HistoryOutcomeUpdate): Promise<void> {
  const db = await getDb();
  await db
    .update(t)
    .set({
      outcome: update.outcome,
      outcomeAt: new Date(),
      ...(update.message === undefined ? {} : { message: update.message }),
      ...(update.answerLost === undefined ? {} : { answerLost: update.answerLost }),
      ...(update.monitorId === undefined ? {} : { monitorId: update.monitorId }),
    })
    .where(eq(t.id, id));
}

/**
 * Writes a test's result into its entry: the newest `test` entry of `monitorId` since `since` whose
 * message names test `testId`, provided it still says only that the test started (so a result is
 * written once, and never into an older entry of a test id AlertSite reused). False when not written.
 */
export async function setTestEntryResult(
  monitorId: string,
  { testId, message, since }: { testId: string; message: string; since: Date },
): Promise<boolean> {
  const db = await getDb();
  const newest = db
    .select({ id: t.id })
    .from(t)
    .where(
      and(
        eq(t.monitorId, monitorId),
        eq(t.action, "test"),
        gt(t.at, since),
        like(t.message, `${literally(testMessagePrefix(testId))}%`),
      ),
    )
    .orderBy(desc(t.at), desc(t.id))
    .limit(1);
  const updated = await db
    .update(t)
    .set({ message, outcomeAt: new Date() })
    .where(and(inArray(t.id, newest), eq(t.message, testStartedMessage(testId))))
    .returning({ id: t.id });
  return updated.length > 0;
}

/** `%` and `_` in a LIKE pattern's text are letters, not wildcards. */
function literally(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Entries whose text contains `text` anywhere. */
function containing(text: string): string {
  return `%${literally(text)}%`;
}

function filterConditions(filters: HistoryFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [
    filters.actor === undefined ? undefined : eq(t.actor, filters.actor),
    filters.monitorId === undefined ? undefined : eq(t.monitorId, filters.monitorId),
    filters.action === undefined ? undefined : eq(t.action, filters.action),
    filters.outcome === undefined ? undefined : eq(t.outcome, filters.outcome),
    filters.from === undefined ? undefined : gte(t.at, filters.from),
    filters.to === undefined ? undefined : lt(t.at, filters.to),
    filters.bulkActionId === undefined ? undefined : eq(t.bulkActionId, filters.bulkActionId),
    filters.search === undefined
      ? undefined
      : or(
          ilike(t.monitorName, containing(filters.search)),
          ilike(t.monitorId, containing(filters.search)),
          ilike(t.actor, containing(filters.search)),
        ),
  ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

async function pageOf(conditions: SQL[], request: HistoryPageRequest): Promise<HistoryPage> {
  const { cursor, limit } = historyPageRequestSchema.parse(request);
  const after = cursor === undefined ? undefined : decodeHistoryCursor(cursor);
  // A row comparison, so Postgres walks the (…, at, id) index from the cursor on.
  const where = after
    ? [...conditions, sql`(${t.at}, ${t.id}) < (${after.at.toISOString()}, ${after.id})`]
    : conditions;
  const db = await getDb();
  const rows = await db
    .select()
    .from(t)
    .where(and(...where))
    .orderBy(desc(t.at), desc(t.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit).map(toEntry);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { entries, nextCursor: last ? encodeHistoryCursor({ at: last.at, id: last.id }) : null };
}

/** All entries matching `filters`, newest first, one page at a time. */
export async function listEntries(filters: HistoryFilters = {}, page: HistoryPageRequest = {}): Promise<HistoryPage> {
  return pageOf(filterConditions(filters), page);
}

/** One monitor's entries, newest first, one page at a time. */
export async function listMonitorEntries(monitorId: string, page: HistoryPageRequest = {}): Promise<HistoryPage> {
  return pageOf([eq(t.monitorId, monitorId)], page);
}

/** How many entries match `filters` (for "1,204 changes"). */
export async function countEntries(filters: HistoryFilters = {}): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ total: count() })
    .from(t)
    .where(and(...filterConditions(filters)));
  return row?.total ?? 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One entry by its id; undefined when there is none (or the id is not one). */
export async function getEntry(id: string): Promise<HistoryEntry | undefined> {
  if (!UUID.test(id)) return undefined;
  const db = await getDb();
  const [row] = await db.select().from(t).where(eq(t.id, id)).limit(1);
  return row ? toEntry(row) : undefined;
}

/** Everyone who has made a change, for the activity page's person filter. */
export async function listActors(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ actor: t.actor }).from(t).orderBy(t.actor);
  return rows.map((row) => row.actor);
}

/** A monitor the history knows, by the name of its latest entry. */
export type HistoryMonitor = { id: string; name: string };

/** Every monitor with an entry, each by its latest name, sorted by name (the activity page's monitor filter). */
export async function listHistoryMonitors(): Promise<HistoryMonitor[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinctOn([t.monitorId], { id: t.monitorId, name: t.monitorName })
    .from(t)
    .where(isNotNull(t.monitorId))
    .orderBy(t.monitorId, desc(t.at), desc(t.id));
  return rows
    .flatMap((row) => (row.id === null ? [] : [{ id: row.id, name: row.name }]))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Deletes entries made before `cutoff`; returns how many went. */
export async function deleteEntriesBefore(cutoff: Date): Promise<number> {
  const db = await getDb();
  const deleted = await db.delete(t).where(lt(t.at, cutoff)).returning({ id: t.id });
  return deleted.length;
}

// ---------------------------------------------------------------------------------------------
// Sign-in throttle (lib/auth/throttle.ts) and sign-out deny-list (lib/auth/revoked-sessions.ts)

/** Records one sign-in attempt under each throttle key; returns the attempt's id. */
export async function insertSignInAttempt(keys: readonly string[], at: Date, expiresAt: Date): Promise<string> {
  const db = await getDb();
  const attemptId = randomUUID();
  if (keys.length > 0)
    await db.insert(signInAttempt).values(keys.map((throttleKey) => ({ attemptId, throttleKey, at, expiresAt })));
  return attemptId;
}

/** Each key's attempt times after `since`, oldest first. */
export async function listSignInAttemptTimes(keys: readonly string[], since: Date): Promise<Map<string, number[]>> {
  const db = await getDb();
  const times = new Map<string, number[]>(keys.map((key) => [key, []]));
  if (keys.length === 0) return times;
  const rows = await db
    .select({ key: signInAttempt.throttleKey, at: signInAttempt.at })
    .from(signInAttempt)
    .where(and(inArray(signInAttempt.throttleKey, [...keys]), gt(signInAttempt.at, since)))
    .orderBy(asc(signInAttempt.at));
  for (const row of rows) times.get(row.key)?.push(row.at.getTime());
  return times;
}

export async function deleteSignInAttempt(attemptId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const db = await getDb();
  await db
    .delete(signInAttempt)
    .where(and(eq(signInAttempt.attemptId, attemptId), inArray(signInAttempt.throttleKey, [...keys])));
}

export async function deleteSignInAttemptsOfKey(key: string): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempt).where(eq(signInAttempt.throttleKey, key));
}

export async function deleteExpiredSignInAttempts(now: Date): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempt).where(lte(signInAttempt.expiresAt, now));
}

/** Refuses a session id until `until`; revoking it again keeps the later end. */
export async function insertRevokedSession(sessionId: string, until: Date): Promise<void> {
  const db = await getDb();
  await db
    .insert(revokedSession)
    .values({ sessionId, until })
    .onConflictDoUpdate({
      target: revokedSession.sessionId,
      set: { until: sql`greatest(${revokedSession.until}, excluded.until)` },
    });
}

export async function isSessionRevoked(sessionId: string, now: Date): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select({ sessionId: revokedSession.sessionId })
    .from(revokedSession)
    .where(and(eq(revokedSession.sessionId, sessionId), gt(revokedSession.until, now)))
    .limit(1);
  return rows.length > 0;
}

export async function deleteExpiredRevokedSessions(now: Date): Promise<void> {
  const db = await getDb();
  await db.delete(revokedSession).where(lte(revokedSession.until, now));
}
