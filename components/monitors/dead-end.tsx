import Link from "next/link";
import { type ReactNode } from "react";

/** A page that can't show what was asked for: says why in plain words and leads back to the list. */
export function DeadEnd({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby="dead-end-heading"
      className="mx-auto max-w-2xl rounded-lg border border-slate-300 bg-white p-6"
    >
      <h1 id="dead-end-heading" className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-3 text-slate-700">{children}</p>
      <p className="mt-4">
        <Link href="/monitors" className="font-medium text-blue-800 underline">
          Back to all monitors
        </Link>
      </p>
    </section>
  );
}
