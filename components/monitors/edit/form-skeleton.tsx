export function FormSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className="space-y-6">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      {[0, 1, 2].map((block) => (
        <div key={block} aria-hidden="true" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
          {[0, 1, 2].map((row) => (
            <div key={row} className="space-y-2">
              <div className="h-4 w-40 animate-pulse rounded bg-slate-200" />
              <div className="h-10 w-full animate-pulse rounded bg-slate-100" />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
