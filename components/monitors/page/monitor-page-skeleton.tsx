import { Skeleton } from "@/components/ui/skeleton";

/** The monitor page's shape while AlertSite answers: header, then a card each for status, test and settings. */
export function MonitorPageSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className="mx-auto max-w-4xl space-y-6">
      <span className="sr-only">Loading the monitor from AlertSite…</span>
      <div aria-hidden="true" className="space-y-3">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-4 w-40" />
        <div className="flex gap-2">
          {[0, 1, 2, 3].map((button) => (
            <Skeleton key={button} className="h-9 w-20" />
          ))}
        </div>
      </div>
      {[0, 1, 2].map((card) => (
        <div key={card} aria-hidden="true" className="space-y-4 rounded-xl border bg-card p-6">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-16 w-full" />
        </div>
      ))}
    </div>
  );
}
