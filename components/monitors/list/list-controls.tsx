"use client";

import { SearchIcon } from "lucide-react";
import { type Ref } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { useHydrated } from "@/components/ui/use-hydrated";
import { MAX_QUERY_LENGTH, STATUS_FILTERS, type StatusFilter } from "@/lib/monitors/list-view";

const STATUS_LABELS: Readonly<Record<StatusFilter, string>> = {
  all: "All monitors",
  failing: "Failing only",
  paused: "Paused only",
  ok: "OK only",
  unknown: "Unknown only",
};

function isStatusFilter(value: string): value is StatusFilter {
  return STATUS_FILTERS.some((status) => status === value);
}

type ListControlsProps = {
  query: string;
  status: StatusFilter;
  searchRef: Ref<HTMLInputElement>;
  onQueryChange: (query: string) => void;
  /** Enter in the search box, or leaving it: commit the search now rather than when typing pauses. */
  onSearchCommit: () => void;
  onStatusChange: (status: StatusFilter) => void;
};

/** The search box and the status filter. */
export function ListControls({
  query,
  status,
  searchRef,
  onQueryChange,
  onSearchCommit,
  onStatusChange,
}: ListControlsProps) {
  // Radix Select renders `style` attributes, which the CSP refuses in server HTML: it appears once hydrated.
  const isHydrated = useHydrated();
  return (
    <form
      role="search"
      aria-label="Monitors"
      className="flex flex-col gap-4 sm:flex-row sm:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        onSearchCommit();
      }}
    >
      <div className="min-w-0 flex-1 space-y-1.5">
        <Label htmlFor="monitor-search">Search monitors</Label>
        <div className="relative">
          <SearchIcon
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          />
          <Input
            ref={searchRef}
            id="monitor-search"
            type="search"
            name="q"
            value={query}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(event) => onQueryChange(event.target.value)}
            onBlur={onSearchCommit}
            aria-describedby="monitor-search-help"
            autoComplete="off"
            spellCheck={false}
            className="pl-9"
          />
        </div>
        <p id="monitor-search-help" className="text-sm text-muted-foreground">
          Name, ID, test mailbox or server, e.g. billing, 123456 or roundtrip@example.com
        </p>
      </div>
      <div className="space-y-1.5 sm:w-48">
        <Label id="monitor-status-label" htmlFor="monitor-status">
          Status
        </Label>
        {isHydrated ? (
          <Select
            value={status}
            onValueChange={(value) => {
              if (isStatusFilter(value)) onStatusChange(value);
            }}
          >
            <SelectTrigger id="monitor-status" aria-labelledby="monitor-status-label" className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {STATUS_FILTERS.map((value) => (
                <SelectItem key={value} value={value}>
                  {STATUS_LABELS[value]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ) : (
          <Skeleton aria-hidden className="h-9 w-full" />
        )}
      </div>
    </form>
  );
}
