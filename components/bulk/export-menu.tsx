"use client";

import { ChevronDownIcon, DownloadIcon, LoaderCircleIcon } from "lucide-react";
import { useState } from "react";
import { alertMessagesFromLines } from "@/components/form/form-alert";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { saveFile } from "@/lib/api/client/save-file";
import { fetchExport } from "@/lib/monitors/export-api-client";
import { type ExportFormat, MAX_EXPORT_IDS } from "@/lib/monitors/export/export-request";

type ExportMenuProps = {
  /** The monitors ticked in the list. */
  selectedIds: readonly string[];
  /** Every monitor matching the list's search and filters, on every page. */
  matchingIds: readonly string[];
};

type Choice = { ids: readonly string[]; format: ExportFormat };

function plural(count: number): string {
  return count === 1 ? "1 monitor" : `${count} monitors`;
}

/** "Export" in the list's toolbar: the selection or everything matching, as CSV or JSON, downloaded at once. */
export function ExportMenu({ selectedIds, matchingIds }: ExportMenuProps) {
  const [isExporting, setIsExporting] = useState(false);
  const [problem, setProblem] = useState<string[] | null>(null);

  async function download({ ids, format }: Choice) {
    setIsExporting(true);
    setProblem(null);
    try {
      const { blob, fileName } = await fetchExport({ format, monitorIds: [...ids] });
      saveFile(blob, fileName);
    } catch (error) {
      setProblem(
        error instanceof Error && error.message ? error.message.split("\n") : ["The export did not finish. Try again."],
      );
    } finally {
      setIsExporting(false);
    }
  }

  const tooMany = (ids: readonly string[]) => ids.length > MAX_EXPORT_IDS;
  const items = [
    { label: "Export selection as CSV", ids: selectedIds, format: "csv" },
    { label: "Export selection as JSON", ids: selectedIds, format: "json" },
    { label: "Export all matching as CSV", ids: matchingIds, format: "csv" },
    { label: "Export all matching as JSON", ids: matchingIds, format: "json" },
  ] as const;

  return (
    <div className="flex flex-col items-start gap-2">
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" disabled={isExporting}>
            {isExporting ? <LoaderCircleIcon aria-hidden className="animate-spin" /> : <DownloadIcon aria-hidden />}
            {isExporting ? "Exporting…" : "Export"}
            <ChevronDownIcon aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>Selected: {plural(selectedIds.length)}</DropdownMenuLabel>
          <DropdownMenuGroup>
            {items.slice(0, 2).map((item) => (
              <DropdownMenuItem
                key={item.label}
                disabled={item.ids.length === 0 || tooMany(item.ids)}
                onSelect={() => void download(item)}
              >
                {item.label}
              </DropdownMenuItem>
            ))}
          </DropdownMenuGroup>
          <DropdownMenuSeparator />
          <DropdownMenuLabel>Matching: {plural(matchingIds.length)}</DropdownMenuLabel>
          <DropdownMenuGroup>
            {items.slice(2).map((item) => (
              <DropdownMenuItem
                key={item.label}
                disabled={item.ids.length === 0 || tooMany(item.ids)}
                onSelect={() => void download(item)}
              >
                {item.label}
              </DropdownMenuItem>
            ))}
          </DropdownMenuGroup>
        </DropdownMenuContent>
      </DropdownMenu>
      <div role="status" className="sr-only">
        {isExporting ? "Exporting monitors…" : ""}
      </div>
      {problem ? (
        <div role="alert" className="text-sm text-destructive">
          <p className="font-medium">The export did not finish.</p>
          {alertMessagesFromLines(problem).map((message) => (
            <p key={message.text}>
              {message.text}
              {message.alertSite ? (
                <span className="block text-muted-foreground">AlertSite said: {message.alertSite}</span>
              ) : null}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
