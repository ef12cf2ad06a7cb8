import { Button } from "@/components/ui/button";
import { type StatusFilter } from "@/lib/monitors/list-view";
import { countsSummary, type StateCounts } from "@/lib/monitors/monitor-state";
import { cn } from "@/lib/utils";

type StateCountsBarProps = {
  counts: StateCounts;
  status: StatusFilter;
  onStatusChange: (status: StatusFilter) => void;
};

type Shortcut = { filter: Exclude<StatusFilter, "all">; count: number; label: string; tone: string };

/**
 * "3 failing · 2 paused · 41 OK" over the whole account, each count a shortcut to its filter
 * (pressed while that filter is on; pressing again shows all monitors).
 */
export function StateCountsBar({ counts, status, onStatusChange }: StateCountsBarProps) {
  const shortcuts: Shortcut[] = [
    { filter: "failing", count: counts.failing, label: "failing", tone: "text-destructive" },
    { filter: "paused", count: counts.paused, label: "paused", tone: "text-warning" },
    { filter: "ok", count: counts.ok, label: "OK", tone: "text-success" },
    { filter: "unknown", count: counts.unknown + counts.unavailable, label: "unknown", tone: "text-muted-foreground" },
  ];
  const shown = shortcuts.filter((shortcut) => shortcut.count > 0);
  if (shown.length === 0) return null;
  return (
    <section aria-label="Monitors by state" className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      <p className="sr-only">{countsSummary(counts)}</p>
      {shown.map((shortcut, index) => {
        const isPressed = status === shortcut.filter;
        return (
          <span key={shortcut.filter} className="inline-flex items-center gap-1">
            {index > 0 ? (
              <span aria-hidden className="text-muted-foreground">
                ·
              </span>
            ) : null}
            <Button
              variant="ghost"
              size="sm"
              aria-pressed={isPressed}
              title={isPressed ? "Show all monitors" : `Show only ${shortcut.label} monitors`}
              onClick={() => onStatusChange(isPressed ? "all" : shortcut.filter)}
              className={cn("h-7 px-2 font-normal", isPressed && "bg-accent font-medium")}
            >
              <span className={cn("font-semibold tabular-nums", shortcut.tone)}>
                {shortcut.count.toLocaleString("en")}
              </span>
              {shortcut.label}
            </Button>
          </span>
        );
      })}
    </section>
  );
}
