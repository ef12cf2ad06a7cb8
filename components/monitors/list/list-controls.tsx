"use client";

import { type Ref } from "react";
import { inputClassName } from "@/components/form/field";
import { MAX_QUERY_LENGTH, STATUS_FILTERS, type StatusFilter } from "@/lib/monitors/list-view";

const STATUS_LABELS: Readonly<Record<StatusFilter, string>> = {
  all: "All monitors",
  enabled: "Enabled only",
  paused: "Paused only",
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
  return (
    <form
      role="search"
      aria-label="Monitors"
      className="flex flex-wrap items-start gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSearchCommit();
      }}
    >
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="monitor-search" className="block text-sm font-medium text-slate-900">
          Search monitors
        </label>
        <input
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
          className={inputClassName}
        />
        <p id="monitor-search-help" className="text-sm text-slate-600">
          Name, ID, test mailbox or server, e.g. billing, 123456 or roundtrip@example.com
        </p>
      </div>
      <div className="w-48 space-y-1">
        <label htmlFor="monitor-status" className="block text-sm font-medium text-slate-900">
          Status
        </label>
        <select
          id="monitor-status"
          name="status"
          value={status}
          onChange={(event) => {
            if (isStatusFilter(event.target.value)) onStatusChange(event.target.value);
          }}
          className={inputClassName}
        >
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
