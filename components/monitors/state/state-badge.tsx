import { Badge, type BadgeProps } from "@/components/ui/badge";
import { type ShownState, STATE_LABELS } from "@/lib/monitors/monitor-state";
import { cn } from "@/lib/utils";

const LOOKS: Readonly<Record<ShownState, { variant: BadgeProps["variant"]; dot: string }>> = {
  ok: { variant: "success", dot: "bg-success" },
  failing: { variant: "destructive", dot: "bg-destructive" },
  paused: { variant: "warning", dot: "bg-warning" },
  unknown: { variant: "outline", dot: "bg-muted-foreground" },
  unavailable: { variant: "outline", dot: "bg-muted-foreground" },
};

/** The state in plain words, tinted; the words carry the meaning, the colour only helps. */
export function StateBadge({ state, className }: { state: ShownState; className?: string }) {
  const { variant, dot } = LOOKS[state];
  return (
    <Badge variant={variant} className={cn("rounded-full", className)}>
      <span aria-hidden className={cn("size-1.5 rounded-full", dot)} />
      {STATE_LABELS[state]}
    </Badge>
  );
}
