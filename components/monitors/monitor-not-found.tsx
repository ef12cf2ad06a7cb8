import Link from "next/link";

export function MonitorNotFound({ id }: { id: string }) {
  return (
    <section aria-labelledby="not-found-heading" className="mx-auto max-w-2xl rounded-lg border border-slate-300 bg-white p-6">
      <h1 id="not-found-heading" className="text-2xl font-bold">
        Monitor {id} was not found
      </h1>
      <p className="mt-3 text-slate-700">
        AlertSite has no monitor with that ID in your account. It may have been deleted, or the link may be mistyped.
      </p>
      <p className="mt-4">
        <Link href="/monitors" className="font-medium text-blue-800 underline">
          Back to all monitors
        </Link>
      </p>
    </section>
  );
}
