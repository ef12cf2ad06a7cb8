import { plural } from "@/lib/plural";

/** Says how many monitors AlertSite sent in a form the console cannot read; nothing when there are none. */
export function SkippedMonitorsNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {plural(count, "monitor", "monitors")} could not be shown because AlertSite sent {count === 1 ? "it" : "them"} in
      a form the console can’t read.
    </p>
  );
}
