import { type MonitorStatus } from "@/lib/monitors/list-view";

const BADGES: Readonly<Record<MonitorStatus, { label: string; className: string }>> = {
  enabled: { label: "Enabled", className: "border-green-700 bg-green-50 text-green-900" },
  paused: { label: "Paused", className: "border-amber-700 bg-amber-50 text-amber-900" },
  unknown: { label: "Not reported", className: "border-slate-400 bg-white text-slate-700" },
};

export function StatusBadge({ status }: { status: MonitorStatus }) {
  const { label, className } = BADGES[status];
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${className}`}
    >
      {label}
    </span>
  );
}
