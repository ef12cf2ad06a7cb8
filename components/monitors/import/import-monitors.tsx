"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { LoaderCircleIcon, UploadIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { useViewOnly } from "@/components/monitors/view-only/view-only-context";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { startBulkAction } from "@/lib/bulk/api-client";
import { bulkActionHref } from "@/lib/bulk/bulk-links";
import { MONITOR_FIELD_NAMES, type MonitorFieldName, REQUIRED_FIELDS } from "@/lib/monitors/field-names";
import { MAX_IMPORT_BYTES, parseImportFile } from "@/lib/monitors/import/parse-file";
import { monitorListQuery } from "@/lib/monitors/queries";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { plural } from "@/lib/plural";
import { FilePicker } from "./file-picker";
import { ImportTable } from "./import-table";
import { useImportRows } from "./use-import-rows";

const NO_MONITORS: UpstreamMonitor[] = [];

type LoadedFile = { name: string; columns: MonitorFieldName[]; notices: string[] };

/** Read a file, check every row, fix or leave rows out, then create the rest as one bulk action. */
export function ImportMonitors() {
  const router = useRouter();
  const { isViewOnly } = useViewOnly();
  const list = useQuery(monitorListQuery());
  const rows = useImportRows(list.data?.monitors ?? NO_MONITORS);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [isOnlyProblems, setIsOnlyProblems] = useState(false);
  // One key per preview: the same preview sent twice (double click, retry) starts one action.
  const requestKey = useRef({ version: -1, key: "" });

  const start = useMutation({
    mutationFn: () => {
      if (requestKey.current.version !== rows.version) {
        requestKey.current = { version: rows.version, key: crypto.randomUUID() };
      }
      return startBulkAction({ requestKey: requestKey.current.key, kind: "create", items: rows.items });
    },
    onSuccess: (action) => router.push(bulkActionHref(action.id)),
  });

  async function read(chosen: File) {
    start.reset();
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFileProblem(`${chosen.name} is larger than 5 MB, more than a list of monitors needs. Choose the right file.`);
      return;
    }
    const parsed = parseImportFile(await chosen.text(), chosen.name);
    if (!parsed.ok) {
      setFileProblem(`${chosen.name} could not be read. ${parsed.problem}`);
      setFile(null);
      rows.clear();
      return;
    }
    setFileProblem(null);
    setFile({ name: chosen.name, columns: parsed.columns, notices: parsed.notices });
    rows.load(parsed.rows);
  }

  const invalid = rows.rows.filter((row) => !row.isValid).length;
  const conflicts = rows.rows.filter((row) => row.isValid && row.conflict).length;
  const leftOut = rows.rows.filter((row) => row.isValid && !row.isIncluded).length;
  const ready = rows.items.length;
  const columns = MONITOR_FIELD_NAMES.filter(
    (field) =>
      REQUIRED_FIELDS.some((required) => required === field) ||
      file?.columns.includes(field) ||
      rows.rows.some((row) => row.validation.problems[field]),
  );
  const shown = isOnlyProblems ? rows.rows.filter((row) => !row.isValid || row.conflict) : rows.rows;
  const startError = start.error instanceof ConsoleApiError ? start.error.message.split("\n") : undefined;

  return (
    <div className="space-y-6">
      <FilePicker onFile={(chosen) => void read(chosen)} fileName={file?.name} />

      {fileProblem ? <FormAlert title="The file was not read" messages={[fileProblem]} /> : null}
      {list.isError ? (
        <Alert variant="warning" role="status">
          <AlertTitle>Mailboxes of existing monitors were not checked</AlertTitle>
          <AlertDescription>
            The list of monitors could not be loaded, so only mailboxes used twice in this file are flagged.{" "}
            {list.error.message}
          </AlertDescription>
        </Alert>
      ) : null}

      {file && rows.rows.length > 0 ? (
        <section aria-labelledby="import-check" className="space-y-4">
          <div className="space-y-1">
            <h2 id="import-check" className="text-lg font-semibold">
              Check the rows
            </h2>
            <p role="status" className="text-sm">
              {plural(rows.rows.length, "row", "rows")} read: {ready} ready, {plural(invalid, "row", "rows")} with
              problems, {plural(conflicts, "mailbox", "mailboxes")} already in use, {leftOut} left out.
            </p>
            <p className="text-sm text-muted-foreground">
              Dry run: nothing has been created yet. Rows with problems are left out until you fix them (Edit); untick a
              row to leave it out.
            </p>
          </div>
          {file.notices.length > 0 ? (
            <Alert variant="warning">
              <AlertTitle>About this file</AlertTitle>
              <AlertDescription>
                <ul className="list-disc space-y-1 pl-5">
                  {file.notices.map((notice) => (
                    <li key={notice}>{notice}</li>
                  ))}
                </ul>
              </AlertDescription>
            </Alert>
          ) : null}
          <div className="flex items-center gap-2">
            <Checkbox
              id="import-only-problems"
              checked={isOnlyProblems}
              onCheckedChange={(checked) => setIsOnlyProblems(checked === true)}
            />
            <Label htmlFor="import-only-problems">Show only rows with problems or mailboxes in use</Label>
          </div>
          <ImportTable rows={shown} columns={columns} onEdit={rows.editCell} onChoose={rows.choose} />

          {startError ? <FormAlert title="The import did not start" messages={startError} /> : null}
          {isViewOnly ? (
            <p className="text-sm text-muted-foreground">Your AlertSite role may not create monitors.</p>
          ) : (
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
              <Button
                onClick={() => start.mutate()}
                disabled={ready === 0 || start.isPending || start.isSuccess}
                className="sm:w-auto"
              >
                {start.isPending || start.isSuccess ? (
                  <LoaderCircleIcon aria-hidden className="animate-spin" />
                ) : (
                  <UploadIcon aria-hidden />
                )}
                {ready === 0 ? "No monitors ready to create" : `Create ${plural(ready, "monitor", "monitors")}`}
              </Button>
              <span className="text-sm text-muted-foreground">
                {start.isPending || start.isSuccess
                  ? "Starting… the progress page opens next."
                  : "Each is created as its own request, a few at a time, with progress you can follow and cancel."}
              </span>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
