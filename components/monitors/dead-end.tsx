import Link from "next/link";
import { type ReactNode } from "react";

type DeadEndProps = {
  title: string;
  children: ReactNode;
  /** What the user can do here besides going back to the list (e.g. a "Try again" button). */
  actions?: ReactNode;
};

/** A page that can't show what was asked for: says why in plain words and leads back to the list. */
export function DeadEnd({ title, children, actions }: DeadEndProps) {
  return (
    <section
      aria-labelledby="dead-end-heading"
      className="mx-auto max-w-2xl rounded-lg border border-slate-300 bg-white p-6"
    >
      <h1 id="dead-end-heading" className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-3 text-slate-700">{children}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {actions}
        <Link href="/monitors" className="font-medium text-blue-800 underline">
          Back to all monitors
        </Link>
      </div>
    </section>
  );
}
