import { z } from "zod";
import { resolvedAfterSchema } from "@/lib/api/envelope";
import { MONITOR_FIELD_NAMES } from "@/lib/monitors/field-names";
import { decodeHistoryCursor } from "./cursor";

// One history entry: a change the console made (or tried to make) to a monitor. The shapes pages
// and route handlers share; lib/db stores them and lib/history/record-change.ts writes them.

/** What the person did. Pause and resume are edits of `enabled` alone. */
export const HISTORY_ACTIONS = ["create", "edit", "pause", "resume", "delete", "test"] as const;
export const historyActionSchema = z.enum(HISTORY_ACTIONS);
export type HistoryAction = z.infer<typeof historyActionSchema>;

/**
 * What came of it. `pending`: the attempt was written and AlertSite has not answered yet (an entry
 * left pending means the console stopped in between). `done`: made. `refused`: AlertSite said no
 * (`message` holds its words). `not-made`: never made, though AlertSite did not refuse it (it could
 * not be reached, or its answer was lost and the console then found the change absent). `unknown`:
 * AlertSite's answer was lost and the console could not tell.
 */
export const HISTORY_OUTCOMES = ["pending", "done", "refused", "not-made", "unknown"] as const;
export const historyOutcomeSchema = z.enum(HISTORY_OUTCOMES);
export type HistoryOutcome = z.infer<typeof historyOutcomeSchema>;

/** A field's value at one side of a change: the words a person reads, and the value itself (for undo). */
export const fieldValueSchema = z.object({
  /** As the monitor page shows it, e.g. "15 minutes", "Yes", "London, Paris". */
  text: z.string(),
  /** The value as the edit form holds it ("15", "true", ["10", "20"]), so a change can be put back. */
  value: z.json(),
});
export type FieldValue = z.infer<typeof fieldValueSchema>;

/**
 * One field's change. `before` is null for a create, `after` null for a delete. The mailbox
 * password is only ever `secret: true`: its value is never kept, not even hashed.
 */
export const fieldChangeSchema = z.discriminatedUnion("secret", [
  z.object({
    secret: z.literal(false),
    field: z.enum(MONITOR_FIELD_NAMES),
    label: z.string(),
    before: fieldValueSchema.nullable(),
    after: fieldValueSchema.nullable(),
  }),
  z.object({ secret: z.literal(true), field: z.literal("email_password"), label: z.string() }),
]);
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  /** Stable: the entry's link (/activity/{id}). */
  id: z.uuid(),
  /** When the attempt was made, ISO 8601 with milliseconds. */
  at: z.iso.datetime({ offset: true }),
  /** The AlertSite login that made the change. */
  actor: z.string(),
  /** Null only for a create whose monitor was never made or whose id never came back. */
  monitorId: z.string().nullable(),
  /** The monitor's name when the change was made (for a create, the name it was given). */
  monitorName: z.string(),
  action: historyActionSchema,
  changes: z.array(fieldChangeSchema),
  outcome: historyOutcomeSchema,
  /** For `refused`, AlertSite's own words; for `not-made` and `unknown`, the console's. */
  message: z.string().nullable(),
  /** Set when AlertSite's answer was lost, whatever the console then found. */
  answerLost: resolvedAfterSchema.nullable(),
  /** When the outcome was last written (equal to `at` while pending). */
  outcomeAt: z.iso.datetime({ offset: true }),
  /** The bulk action this entry was one item of (issue #15). */
  bulkActionId: z.uuid().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The activity page's filters; every one optional, all of them combined with AND. */
export const historyFiltersSchema = z.object({
  actor: z.string().trim().min(1).optional(),
  monitorId: z.string().trim().min(1).optional(),
  action: historyActionSchema.optional(),
  outcome: historyOutcomeSchema.optional(),
  /** Entries at or after this instant. */
  from: z.coerce.date().optional(),
  /** Entries strictly before this instant (pass the day after for "up to and including"). */
  to: z.coerce.date().optional(),
  /** Words to find in the monitor's name or id, or the person's login (case-insensitive). */
  search: z.string().trim().min(1).max(200).optional(),
  bulkActionId: z.uuid().optional(),
});
export type HistoryFilters = z.infer<typeof historyFiltersSchema>;

export const HISTORY_PAGE_SIZE = 50;
export const MAX_HISTORY_PAGE_SIZE = 200;

/** Where a page starts: the opaque `nextCursor` of the page before, and how many entries to return. */
export const historyPageRequestSchema = z.object({
  cursor: z
    .string()
    .max(200)
    .refine((cursor) => decodeHistoryCursor(cursor) !== undefined, { error: "This page link is not valid any more." })
    .optional(),
  limit: z.coerce.number().int().min(1).max(MAX_HISTORY_PAGE_SIZE).default(HISTORY_PAGE_SIZE),
});
export type HistoryPageRequest = z.input<typeof historyPageRequestSchema>;

/** One page, newest first; `nextCursor` is null on the last page. */
export const historyPageSchema = z.object({
  entries: z.array(historyEntrySchema),
  nextCursor: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;
