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

export const tableClassName = "w-full border-collapse text-sm text-slate-900";
export const tableFrameClassName = "overflow-x-auto rounded-lg border border-slate-300 bg-white shadow-sm";
export const headRowClassName = "bg-slate-100";
