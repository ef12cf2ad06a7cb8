import { Skeleton } from "@/components/ui/skeleton";

export function FormSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className="space-y-6">
      <span className="sr-only">{label}</span>
      <Skeleton aria-hidden="true" className="h-8 w-2/3" />
      {[0, 1, 2].map((block) => (
        <div key={block} aria-hidden="true" className="space-y-4 rounded-xl border bg-card p-4">
          {[0, 1, 2].map((row) => (
            <div key={row} className="space-y-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-9 w-full" />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
