import { z } from "zod";
import { monitorCreateSchema } from "@/lib/monitors/create-schema";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";

// A bulk action: one kind of change applied to many monitors, each item its own AlertSite request,
// run by the server a few at a time (lib/bulk/run-bulk-action.ts) and recorded in the history as
// items of one action. The browser only starts it, watches it and cancels it; a reload or a second
// click never sends anything twice (the request key).

/** Most monitors one action may hold: a large account's selection, still one readable progress page. */
export const MAX_BULK_ITEMS = 5000;

export const BULK_KINDS = ["pause", "resume", "delete", "edit", "create"] as const;
export const bulkKindSchema = z.enum(BULK_KINDS);
export type BulkKind = z.infer<typeof bulkKindSchema>;

const consoleMonitorId = z.string().regex(/^[1-9][0-9]{0,14}$/, "Expected a monitor id");
/** Chosen by the browser once per preview: the same key again returns the action already started. */
const requestKey = z.uuid();

/** POST /api/bulk-actions */
export const startBulkActionSchema = z.discriminatedUnion("kind", [
  z.object({
    requestKey,
    kind: z.enum(["pause", "resume", "delete"]),
    monitorIds: z.array(consoleMonitorId).min(1).max(MAX_BULK_ITEMS),
  }),
  z.object({
    requestKey,
    kind: z.literal("edit"),
    /** Each monitor's own PATCH body (only its changed fields), as the preview computed it. */
    items: z
      .array(z.object({ monitorId: consoleMonitorId, patch: monitorEditSchema }))
      .min(1)
      .max(MAX_BULK_ITEMS),
  }),
  z.object({
    requestKey,
    kind: z.literal("create"),
    /** An import: each row's create body and its row number in the file, for the summary. */
    items: z
      .array(z.object({ row: z.int().positive(), values: monitorCreateSchema }))
      .min(1)
      .max(MAX_BULK_ITEMS),
  }),
]);
export type StartBulkAction = z.input<typeof startBulkActionSchema>;

/** An import of MAX_BULK_ITEMS rows is a few MiB of JSON; every other route keeps the 64 KiB limit. */
export const MAX_BULK_BODY_BYTES = 4 * 1024 * 1024;

/** POST /api/bulk-actions/{id}/retry: sends the failed items again; the same key again sends nothing. */
export const retryBulkActionSchema = z.object({ requestKey });
export type RetryBulkAction = z.input<typeof retryBulkActionSchema>;

/**
 * One item's progress. `queued`: not sent yet. `sending`: its request is in flight. `waiting`:
 * AlertSite asked the console to slow down (429), it will be sent again. `done`, `failed` (AlertSite
 * refused or could not be reached; `message` says why), `unknown` (the answer was lost and the
 * console could not tell), `cancelled` (never sent: the action was cancelled first).
 */
export const BULK_ITEM_STATUSES = ["queued", "sending", "waiting", "done", "failed", "unknown", "cancelled"] as const;
export const bulkItemStatusSchema = z.enum(BULK_ITEM_STATUSES);
export type BulkItemStatus = z.infer<typeof bulkItemStatusSchema>;

export const bulkItemViewSchema = z.object({
  /** Position in the action, from 0. */
  index: z.int().nonnegative(),
  /** Null for a create not (yet) made. */
  monitorId: z.string().nullable(),
  monitorName: z.string(),
  /** An import's row number in its file. */
  row: z.int().positive().nullable(),
  status: bulkItemStatusSchema,
  /** Plain words for failed / unknown / waiting. */
  message: z.string().nullable(),
  /** AlertSite's own words, shown under `message`. */
  alertSite: z.string().nullable(),
  /** The item's history entry (/activity/{id}), once its attempt was written. */
  historyEntryId: z.uuid().nullable(),
});
export type BulkItemView = z.infer<typeof bulkItemViewSchema>;

/** `running` until every item is settled; `cancelling` until the requests in flight have answered. */
export const BULK_ACTION_STATES = ["running", "cancelling", "cancelled", "finished"] as const;
export const bulkActionStateSchema = z.enum(BULK_ACTION_STATES);

export const bulkActionViewSchema = z.object({
  id: z.uuid(),
  kind: bulkKindSchema,
  actor: z.string(),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  state: bulkActionStateSchema,
  /** How many items are in each status (every status present, 0 when none). */
  counts: z.record(bulkItemStatusSchema, z.int().nonnegative()),
  /** Requests in flight right now. */
  inFlight: z.int().nonnegative(),
  items: z.array(bulkItemViewSchema),
});
export type BulkActionView = z.infer<typeof bulkActionViewSchema>;

/** The answer of every bulk-action route. */
export const bulkActionResponseSchema = z.object({ bulkAction: bulkActionViewSchema });
