import { type SortKey } from "@/lib/monitors/list-view";

export type Column = { key: SortKey; label: string };

/** The table's sortable columns, in order; the actions column follows. */
export const COLUMNS: readonly Column[] = [
  { key: "name", label: "Name" },
  { key: "id", label: "ID" },
  { key: "status", label: "Status" },
  { key: "interval", label: "Runs every" },
  { key: "email", label: "Test mailbox" },
  { key: "smtp", label: "SMTP server" },
  { key: "pop3", label: "POP3 server" },
];

export const TABLE_TITLE = "Round-trip email monitors";

/** The table from `md` up; below it each monitor is a card (monitor-cards.tsx). */
export const TABLE_FRAME_CLASS = "hidden overflow-hidden rounded-lg border bg-card shadow-xs md:block";
export const CARDS_CLASS = "grid gap-3 md:hidden";
