"use client";

import { PauseIcon, PencilIcon, PlayIcon, Trash2Icon, XIcon } from "lucide-react";
import Link from "next/link";
import { ExportMenu } from "@/components/bulk/export-menu";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { newBulkActionHref } from "@/lib/bulk/bulk-links";
import { plural } from "@/lib/plural";
import { cn } from "@/lib/utils";

type SelectionToolbarProps = {
  selectedIds: readonly string[];
  matchingIds: readonly string[];
  /** How many of those are selected already. */
  selectedMatchCount: number;
  pageState: boolean | "indeterminate";
  onSelectPage: (isSelected: boolean) => void;
  onSelectAllMatching: () => void;
  onClear: () => void;
};

export function selectionSummary(selectedCount: number): string {
  return selectedCount === 0 ? "No monitors selected" : `${plural(selectedCount, "monitor", "monitors")} selected`;
}

/**
 * The selection's count and what to do with it. Sticky at the top, so the count and the actions
 * stay in reach while scrolling through a page of rows or cards.
 */
export function SelectionToolbar({
  selectedIds,
  matchingIds,
  selectedMatchCount,
  pageState,
  onSelectPage,
  onSelectAllMatching,
  onClear,
}: SelectionToolbarProps) {
  const selectedCount = selectedIds.length;
  const matchCount = matchingIds.length;
  const hasSelection = selectedCount > 0;
  return (
    <section
      aria-label="Selected monitors"
      className={cn(
        "sticky top-0 z-20 -mx-4 flex flex-wrap items-center gap-x-3 gap-y-2 border-b bg-background/95 px-4 py-2.5 backdrop-blur-sm",
        "md:mx-0 md:rounded-lg md:border md:bg-card/95 md:px-3 md:shadow-xs",
      )}
    >
      <div className="flex items-center gap-2">
        <Checkbox
          id="select-this-page"
          checked={pageState}
          onCheckedChange={(checked) => onSelectPage(checked === true)}
        />
        <Label htmlFor="select-this-page" className="text-sm font-normal">
          Select this page
        </Label>
      </div>
      <p role="status" className="text-sm font-medium tabular-nums">
        {selectionSummary(selectedCount)}
      </p>
      {selectedMatchCount < matchCount ? (
        <Button variant="link" size="sm" className="h-auto px-0" onClick={onSelectAllMatching}>
          Select all {matchCount.toLocaleString("en")} matching
        </Button>
      ) : null}
      {hasSelection ? (
        <Button variant="ghost" size="sm" onClick={onClear}>
          <XIcon aria-hidden />
          Clear selection
        </Button>
      ) : null}
      <div role="group" aria-label="Bulk actions" className="flex w-full flex-wrap gap-2 md:ml-auto md:w-auto">
        {hasSelection ? (
          <>
            <Button asChild variant="outline" size="sm">
              <Link href={newBulkActionHref("pause")}>
                <PauseIcon aria-hidden />
                Pause
              </Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href={newBulkActionHref("resume")}>
                <PlayIcon aria-hidden />
                Resume
              </Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href={newBulkActionHref("edit")}>
                <PencilIcon aria-hidden />
                Change fields
              </Link>
            </Button>
            <Button asChild variant="outline" size="sm" className="text-destructive hover:text-destructive">
              <Link href={newBulkActionHref("delete")}>
                <Trash2Icon aria-hidden />
                Delete
              </Link>
            </Button>
          </>
        ) : null}
        <ExportMenu selectedIds={selectedIds} matchingIds={matchingIds} />
      </div>
    </section>
  );
}
