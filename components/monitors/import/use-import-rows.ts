"use client";

import { useMemo, useState } from "react";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { type MonitorFieldName } from "@/lib/monitors/field-names";
import { type ImportRow } from "@/lib/monitors/import/import-row";
import { type MailboxConflict, mailboxConflicts } from "@/lib/monitors/import/mailbox-conflicts";
import { type RowValidation, validateRow } from "@/lib/monitors/import/validate-row";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";

/** One row to create: its number in the file (for the summary) and its create body. */
export type ImportItem = { row: number; values: MonitorCreateBody };

export type CheckedRow = ImportRow & {
  validation: RowValidation;
  /** The user's tick or untick; undefined: the default (ready rows without a conflict are in). */
  choice: boolean | undefined;
};

export type ShownRow = CheckedRow & {
  conflict: MailboxConflict | undefined;
  isValid: boolean;
  isIncluded: boolean;
};

function check(row: ImportRow, choice: boolean | undefined = undefined): CheckedRow {
  return { ...row, validation: validateRow(row.cells), choice };
}

/**
 * The file's rows as the import shows them: each validated once when read and again when a cell is
 * fixed; conflicts worked out across all rows on every change (a fix can end or start one).
 */
export function useImportRows(existing: readonly UpstreamMonitor[]) {
  const [rows, setRows] = useState<CheckedRow[]>([]);
  // Changes with every edit and tick, so a changed preview gets a new request key.
  const [version, setVersion] = useState(0);

  const shown = useMemo((): ShownRow[] => {
    const conflicts = mailboxConflicts(rows, existing);
    return rows.map((row) => {
      const conflict = conflicts.get(row.row);
      const isValid = row.validation.values !== undefined;
      return { ...row, conflict, isValid, isIncluded: isValid && (row.choice ?? conflict === undefined) };
    });
  }, [rows, existing]);

  const items = useMemo(
    (): ImportItem[] =>
      shown.flatMap((row) =>
        row.isIncluded && row.validation.values ? [{ row: row.row, values: row.validation.values }] : [],
      ),
    [shown],
  );

  function update(change: (rows: CheckedRow[]) => CheckedRow[]) {
    setRows(change);
    setVersion((current) => current + 1);
  }

  return {
    rows: shown,
    items,
    version,
    load: (loaded: readonly ImportRow[]) => update(() => loaded.map((row) => check(row))),
    clear: () => update(() => []),
    editCell: (rowNumber: number, field: MonitorFieldName, value: string) =>
      update((current) =>
        current.map((row) =>
          row.row === rowNumber ? check({ row: row.row, cells: { ...row.cells, [field]: value } }, row.choice) : row,
        ),
      ),
    choose: (rowNumber: number, isIncluded: boolean) =>
      update((current) => current.map((row) => (row.row === rowNumber ? { ...row, choice: isIncluded } : row))),
  };
}
