import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { RESOLVED_AFTER } from "@/lib/api/envelope";
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
