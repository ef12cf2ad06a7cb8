"use client";

import { CheckIcon, PencilIcon } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { type MonitorFieldName } from "@/lib/monitors/field-names";
import { fieldLabel } from "@/lib/monitors/fields";
import { conflictMessage } from "@/lib/monitors/import/mailbox-conflicts";
import { problemCount } from "@/lib/monitors/import/validate-row";
import { plural } from "@/lib/plural";
import { type ShownRow } from "./use-import-rows";

type ImportTableProps = {
  rows: readonly ShownRow[];
  columns: readonly MonitorFieldName[];
  onEdit: (row: number, field: MonitorFieldName, value: string) => void;
  onChoose: (row: number, isIncluded: boolean) => void;
};

function rowName(row: ShownRow): string {
  return row.cells.name.trim() || "no name";
}

function RowStatus({ row }: { row: ShownRow }) {
  if (!row.isValid) {
    return <Badge variant="destructive">{plural(problemCount(row.validation), "problem", "problems")}</Badge>;
  }
  if (row.conflict && !row.isIncluded) return <Badge variant="warning">Mailbox in use</Badge>;
  return row.isIncluded ? <Badge variant="success">Ready</Badge> : <Badge variant="secondary">Left out</Badge>;
}

function cellText(field: MonitorFieldName, text: string): string {
  if (field === "email_password") return text === "" ? "" : "Set (hidden)";
  return text;
}

function cellId(row: number, field: MonitorFieldName, part: string): string {
  return `import-${row}-${field}-${part}`;
}

type CellProps = { row: ShownRow; field: MonitorFieldName; isEditing: boolean; onEdit: ImportTableProps["onEdit"] };

function ImportCell({ row, field, isEditing, onEdit }: CellProps) {
  const problems = row.validation.problems[field] ?? [];
  const warning = field === "email" && row.conflict ? conflictMessage(row.conflict) : undefined;
  const problemId = problems.length > 0 ? cellId(row.row, field, "problem") : undefined;
  const warningId = warning ? cellId(row.row, field, "warning") : undefined;
  const text = row.cells[field];
  return (
    <TableCell
      className="max-w-72 min-w-40 align-top whitespace-normal"
      data-invalid={problems.length > 0 ? "" : undefined}
    >
      {isEditing ? (
        <Input
          aria-label={`${fieldLabel(field)}, row ${row.row}`}
          aria-invalid={problems.length > 0}
          aria-describedby={[problemId, warningId].filter(Boolean).join(" ") || undefined}
          type={field === "email_password" ? "password" : "text"}
          autoComplete="off"
          value={text}
          onChange={(event) => onEdit(row.row, field, event.target.value)}
          className="h-8"
        />
      ) : (
        <span className="break-words">{cellText(field, text)}</span>
      )}
      {problems.length > 0 ? (
        <ul id={problemId} className="mt-1 space-y-0.5 text-xs text-destructive">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {warning ? (
        <p id={warningId} className="mt-1 text-xs text-warning">
          {warning}
        </p>
      ) : null}
    </TableCell>
  );
}

/** The file's rows, each problem in its cell; a row is fixed in place (Edit) or left out (its checkbox). */
export function ImportTable({ rows, columns, onEdit, onChoose }: ImportTableProps) {
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <div className="rounded-lg border bg-card">
      <Table aria-label="Rows of the file">
        <TableHeader>
          <TableRow>
            <TableHead className="w-10 pl-3">
              <span className="sr-only">Create</span>
            </TableHead>
            <TableHead>Row</TableHead>
            <TableHead>Check</TableHead>
            <TableHead>
              <span className="sr-only">Fix</span>
            </TableHead>
            {columns.map((field) => (
              <TableHead key={field}>
                {fieldLabel(field)}
                <span className="block font-mono text-xs font-normal">{field}</span>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const isEditing = editing === row.row;
            return (
              <TableRow key={row.row}>
                <TableCell className="pl-3 align-top">
                  <Checkbox
                    aria-label={`Create row ${row.row} (${rowName(row)})`}
                    checked={row.isIncluded}
                    disabled={!row.isValid}
                    onCheckedChange={(checked) => onChoose(row.row, checked === true)}
                  />
                </TableCell>
                <TableCell className="align-top tabular-nums">{row.row}</TableCell>
                <TableCell className="align-top">
                  <RowStatus row={row} />
                </TableCell>
                <TableCell className="align-top">
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={isEditing ? `Done fixing row ${row.row}` : `Fix row ${row.row}`}
                    aria-expanded={isEditing}
                    onClick={() => setEditing(isEditing ? null : row.row)}
                  >
                    {isEditing ? <CheckIcon aria-hidden /> : <PencilIcon aria-hidden />}
                    {isEditing ? "Done" : "Edit"}
                  </Button>
                </TableCell>
                {columns.map((field) => (
                  <ImportCell key={field} row={row} field={field} isEditing={isEditing} onEdit={onEdit} />
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
