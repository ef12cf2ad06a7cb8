"use client";

import { SearchIcon, XIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  type ActivityView,
  activityHref,
  EMPTY_ACTIVITY_VIEW,
  isFiltered,
  MAX_SEARCH_LENGTH,
} from "@/lib/history/activity-view";
import { ACTION_LABELS, OUTCOME_LABELS } from "@/lib/history/describe-entry";
import { HISTORY_ACTIONS, HISTORY_OUTCOMES } from "@/lib/history/entry";

/** Radix Select has no empty value: this one stands for "no filter". */
const ANY = "any";

type ActivityFiltersProps = {
  view: ActivityView;
  people: readonly string[];
  monitors: readonly { id: string; name: string }[];
};

type Choice = { value: string; label: string };

function FilterSelect({
  id,
  label,
  value,
  choices,
  anyLabel,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  anyLabel: string;
  onChange: (value: string) => void;
}) {
  // Radix Select renders `style` attributes, which the CSP refuses in server HTML: it appears once hydrated.
  const isHydrated = useHydrated();
  return (
    <div className="min-w-0 space-y-1.5">
      <Label id={`${id}-label`} htmlFor={id}>
        {label}
      </Label>
      {isHydrated ? (
        <Select value={value === "" ? ANY : value} onValueChange={(next) => onChange(next === ANY ? "" : next)}>
          <SelectTrigger id={id} aria-labelledby={`${id}-label`} className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>{anyLabel}</SelectItem>
            {choices.map((choice) => (
              <SelectItem key={choice.value} value={choice.value}>
                {choice.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      ) : (
        <Skeleton aria-hidden className="h-9 w-full" />
      )}
    </div>
  );
}

/**
 * The activity's search and filters. Each one changes the address (/activity?action=edit&…), so a
 * filtered view can be shared and reloaded; the server then reads that view.
 */
export function ActivityFilters({ view, people, monitors }: ActivityFiltersProps) {
  const router = useRouter();
  const isHydrated = useHydrated();
  const [isPending, startTransition] = useTransition();
  // Typed values apply on Enter or on leaving the field; a new address (a link, Back, Clear filters) brings its own.
  const typed = { q: view.q, from: view.from, to: view.to };
  const [draft, setDraft] = useState(typed);
  const [shown, setShown] = useState(typed);
  if (shown.q !== typed.q || shown.from !== typed.from || shown.to !== typed.to) {
    setShown(typed);
    setDraft(typed);
  }
  const applyTyped = () => {
    const next = { q: draft.q.trim(), from: draft.from, to: draft.to };
    if (next.q !== view.q || next.from !== view.from || next.to !== view.to) go({});
  };

  const go = (changes: Partial<ActivityView>) => {
    const next = { ...view, q: draft.q.trim(), from: draft.from, to: draft.to, ...changes, cursor: "" };
    startTransition(() => router.push(activityHref(next)));
  };

  const personChoices = [...new Set([...people, ...(view.person ? [view.person] : [])])].map((person) => ({
    value: person,
    label: person,
  }));
  const monitorOptions: ComboboxOption[] = [
    { value: ANY, label: "All monitors" },
    ...monitors.map((monitor) => ({
      value: monitor.id,
      label: `${monitor.name} (${monitor.id})`,
      keywords: [monitor.id],
    })),
  ];
  if (view.monitor !== "" && !monitors.some((monitor) => monitor.id === view.monitor))
    monitorOptions.push({ value: view.monitor, label: `Monitor ${view.monitor}` });

  return (
    <form
      role="search"
      aria-label="Activity"
      aria-busy={isPending || undefined}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        go({});
      }}
    >
      <div className="space-y-1.5">
        <Label htmlFor="activity-search">Search</Label>
        <div className="flex gap-2">
          <div className="relative min-w-0 flex-1">
            <SearchIcon
              aria-hidden
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
            />
            <Input
              id="activity-search"
              type="search"
              name="q"
              value={draft.q}
              maxLength={MAX_SEARCH_LENGTH}
              onChange={(event) => setDraft({ ...draft, q: event.target.value })}
              aria-describedby="activity-search-help"
              autoComplete="off"
              spellCheck={false}
              className="pl-9"
            />
          </div>
          <Button type="submit" variant="outline">
            Search
          </Button>
        </div>
        <p id="activity-search-help" className="text-sm text-muted-foreground">
          A monitor&apos;s name or ID, or a person&apos;s login, e.g. billing, 123456 or dana@example.com
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect
          id="activity-person"
          label="Person"
          value={view.person}
          anyLabel="Everyone"
          choices={personChoices}
          onChange={(person) => go({ person })}
        />
        <div className="min-w-0 space-y-1.5">
          <Label htmlFor="activity-monitor">Monitor</Label>
          {isHydrated ? (
            <Combobox
              id="activity-monitor"
              options={monitorOptions}
              value={view.monitor === "" ? ANY : view.monitor}
              onValueChange={(monitor) => go({ monitor: monitor === ANY ? "" : monitor })}
              searchPlaceholder="Name or ID…"
              emptyText="No changes recorded for a monitor with that name or ID."
            />
          ) : (
            <Skeleton aria-hidden className="h-9 w-full" />
          )}
        </div>
        <FilterSelect
          id="activity-action"
          label="Action"
          value={view.action}
          anyLabel="Any action"
          choices={HISTORY_ACTIONS.map((action) => ({ value: action, label: ACTION_LABELS[action] }))}
          onChange={(action) => go({ action: HISTORY_ACTIONS.find((known) => known === action) ?? "" })}
        />
        <FilterSelect
          id="activity-outcome"
          label="Outcome"
          value={view.outcome}
          anyLabel="Any outcome"
          choices={HISTORY_OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] }))}
          onChange={(outcome) => go({ outcome: HISTORY_OUTCOMES.find((known) => known === outcome) ?? "" })}
        />
        <div className="min-w-0 space-y-1.5">
          <Label htmlFor="activity-from">From (UTC)</Label>
          <Input
            id="activity-from"
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            onBlur={applyTyped}
          />
        </div>
        <div className="min-w-0 space-y-1.5">
          <Label htmlFor="activity-to">To (UTC, included)</Label>
          <Input
            id="activity-to"
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            onBlur={applyTyped}
          />
        </div>
      </div>
      <div className="flex min-h-8 flex-wrap items-center gap-3">
        {isFiltered(view) ? (
          <Button asChild variant="ghost" size="sm">
            <Link href={activityHref(EMPTY_ACTIVITY_VIEW)}>
              <XIcon aria-hidden />
              Clear filters
            </Link>
          </Button>
        ) : null}
        <p role="status" className="text-sm text-muted-foreground">
          {isPending ? "Updating…" : ""}
        </p>
      </div>
    </form>
  );
}
