import { type ListedMonitor } from "@/lib/monitors/list-view";
import { CheckedAt } from "../state/checked-at";
import { StateBadge } from "../state/state-badge";

/** A row's state: the badge, why it fails in a few words, and when AlertSite last checked. */
export function StateCell({ row }: { row: Pick<ListedMonitor, "state" | "health"> }) {
  const { state, health } = row;
  return (
    <div className="flex min-w-0 flex-col items-start gap-1">
      <StateBadge state={state} />
      {state === "failing" && health?.reason ? <span className="text-sm break-words">{health.reason}</span> : null}
      {health ? <CheckedAt iso={health.checkedAt} className="text-xs text-muted-foreground" /> : null}
    </div>
  );
}
