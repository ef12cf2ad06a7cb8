import Link from "next/link";

/** The account has no round-trip monitors at all. */
export function ListEmpty() {
  return (
    <section
      aria-labelledby="list-empty-heading"
      className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center"
    >
      <h2 id="list-empty-heading" className="text-lg font-semibold text-slate-900">
        No monitors yet
      </h2>
      <p className="mt-2 text-slate-700">
        This account has no round-trip email monitors. Create one to check that mail sent to a mailbox arrives.
      </p>
      <Link
        href="/monitors/new"
        className="mt-4 inline-flex rounded-md bg-blue-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-800"
      >
        Create your first monitor
      </Link>
    </section>
  );
}
