import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { RESOLVED_AFTER } from "@/lib/api/envelope";
import { BULK_ACTION_STATES, BULK_ITEM_STATUSES, BULK_KINDS } from "@/lib/bulk/contract";
import { type FieldChange, HISTORY_ACTIONS, HISTORY_OUTCOMES } from "@/lib/history/entry";

// The console's own tables. Change them here, then `npm run db:generate` writes the migration.

export const historyAction = pgEnum("history_action", HISTORY_ACTIONS);
export const historyOutcome = pgEnum("history_outcome", HISTORY_OUTCOMES);
export const historyAnswerLost = pgEnum("history_answer_lost", RESOLVED_AFTER);

// Milliseconds, not Postgres's microseconds: a page's cursor carries the time as JavaScript reads it.
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** Every change made (or tried) through the console: lib/history/entry.ts describes each column. */
export const historyEntry = pgTable(
  "history_entry",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: instant("at").notNull().defaultNow(),
    actor: text("actor").notNull(),
    monitorId: text("monitor_id"),
    monitorName: text("monitor_name").notNull(),
    action: historyAction("action").notNull(),
    changes: jsonb("changes")
      .$type<FieldChange[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    outcome: historyOutcome("outcome").notNull().default("pending"),
    message: text("message"),
    answerLost: historyAnswerLost("answer_lost"),
    outcomeAt: instant("outcome_at").notNull().defaultNow(),
    bulkActionId: uuid("bulk_action_id"),
  },
  (table) => [
    // Every list pages newest first on (at, id), the id breaking ties: Postgres reads these indexes backwards.
    index("history_entry_at_idx").on(table.at, table.id),
    index("history_entry_monitor_idx").on(table.monitorId, table.at, table.id),
    index("history_entry_actor_idx").on(table.actor, table.at, table.id),
    index("history_entry_action_idx").on(table.action, table.at, table.id),
    index("history_entry_outcome_idx").on(table.outcome, table.at, table.id),
    index("history_entry_bulk_idx")
      .on(table.bulkActionId)
      .where(sql`${table.bulkActionId} is not null`),
  ],
);

export type HistoryEntryRow = typeof historyEntry.$inferSelect;
export type NewHistoryEntryRow = typeof historyEntry.$inferInsert;

/** One failed (or still unanswered) sign-in under one throttle key: lib/auth/throttle.ts counts them. */
export const signInAttempt = pgTable(
  "sign_in_attempt",
  {
    attemptId: uuid("attempt_id").notNull(),
    throttleKey: text("throttle_key").notNull(),
    at: instant("at").notNull(),
    expiresAt: instant("expires_at").notNull(),
  },
  (table) => [
    index("sign_in_attempt_key_idx").on(table.throttleKey, table.at),
    index("sign_in_attempt_id_idx").on(table.attemptId),
    index("sign_in_attempt_expiry_idx").on(table.expiresAt),
  ],
);

/** Sessions signed out before their cookie expired: refused by every instance until `until`. */
export const revokedSession = pgTable(
  "revoked_session",
  {
    sessionId: text("session_id").primaryKey(),
    until: instant("until").notNull(),
  },
  (table) => [index("revoked_session_until_idx").on(table.until)],
);

export const bulkKind = pgEnum("bulk_kind", BULK_KINDS);
export const bulkActionState = pgEnum("bulk_action_state", BULK_ACTION_STATES);
export const bulkItemStatus = pgEnum("bulk_item_status", BULK_ITEM_STATUSES);

/**
 * One bulk action (lib/bulk/contract.ts). `heartbeatAt` is renewed by the instance running it; an
 * action still `running` whose heartbeat stopped was left by an instance that died (lib/bulk/abandoned.ts).
 */
export const bulkAction = pgTable(
  "bulk_action",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actor: text("actor").notNull(),
    requestKey: uuid("request_key").notNull(),
    kind: bulkKind("kind").notNull(),
    state: bulkActionState("state").notNull().default("running"),
    startedAt: instant("started_at").notNull().defaultNow(),
    finishedAt: instant("finished_at"),
    heartbeatAt: instant("heartbeat_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("bulk_action_request_key_idx").on(table.actor, table.requestKey),
    index("bulk_action_actor_idx").on(table.actor, table.startedAt),
  ],
);

/**
 * One monitor of a bulk action. An edit's patch is kept (bulk edits never carry a mailbox
 * password) so a retry can send it again; a create's values never are: they hold a password.
 */
export const bulkItem = pgTable(
  "bulk_item",
  {
    bulkActionId: uuid("bulk_action_id")
      .notNull()
      .references(() => bulkAction.id, { onDelete: "cascade" }),
    index: integer("index").notNull(),
    monitorId: text("monitor_id"),
    monitorName: text("monitor_name").notNull(),
    row: integer("row"),
    patch: jsonb("patch").$type<Record<string, unknown>>(),
    status: bulkItemStatus("status").notNull().default("queued"),
    message: text("message"),
    alertSite: text("alert_site"),
    historyEntryId: uuid("history_entry_id"),
  },
  (table) => [primaryKey({ columns: [table.bulkActionId, table.index] })],
);

/** Each retry's request key: the same key again returns the action without re-sending anything. */
export const bulkRetry = pgTable(
  "bulk_retry",
  {
    bulkActionId: uuid("bulk_action_id")
      .notNull()
      .references(() => bulkAction.id, { onDelete: "cascade" }),
    requestKey: uuid("request_key").notNull(),
    at: instant("at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.bulkActionId, table.requestKey] })],
);

export type BulkActionRow = typeof bulkAction.$inferSelect;
export type BulkItemRow = typeof bulkItem.$inferSelect;
