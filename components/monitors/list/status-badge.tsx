import { Badge, type BadgeProps } from "@/components/ui/badge";
import { type MonitorStatus } from "@/lib/monitors/list-view";
import { cn } from "@/lib/utils";

const BADGES: Readonly<Record<MonitorStatus, { label: string; variant: BadgeProps["variant"]; dot: string }>> = {
  enabled: { label: "Enabled", variant: "success", dot: "bg-success" },
  paused: { label: "Paused", variant: "warning", dot: "bg-warning" },
  unknown: { label: "Not reported", variant: "outline", dot: "bg-muted-foreground" },
};

export function StatusBadge({ status }: { status: MonitorStatus }) {
  const { label, variant, dot } = BADGES[status];
  return (
    <Badge variant={variant} className="rounded-full">
      <span aria-hidden className={cn("size-1.5 rounded-full", dot)} />
      {label}
    </Badge>
  );
}
