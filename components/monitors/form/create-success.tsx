"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

type CreateSuccessProps = { id: string; name: string; onCreateAnother: () => void };

export function CreateSuccess({ id, name, onCreateAnother }: CreateSuccessProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  return (
    <section aria-labelledby="created-heading" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-6">
      <h2 id="created-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-green-900">
        Monitor created
      </h2>
      <p className="mt-2 text-green-900">
        AlertSite created <strong>{name}</strong>. Its monitor ID is:
      </p>
      <p className="mt-3 flex flex-wrap items-center gap-3">
        <output
          aria-label="New monitor ID"
          className="rounded-md bg-white px-4 py-2 font-mono text-3xl font-bold text-slate-900 ring-1 ring-green-700"
        >
          {id}
        </output>
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-green-800 bg-white px-3 py-2 font-medium text-green-900 hover:bg-green-100"
        >
          Copy ID
        </button>
        <span role="status" className="text-sm text-green-900">
          {copyState === "copied"
            ? "Copied to the clipboard."
            : copyState === "failed"
              ? "Could not copy: select the ID and copy it."
              : ""}
        </span>
      </p>
      <div className="mt-5 flex flex-wrap gap-4">
        <Link href={`/monitors/${id}/edit`} className="font-medium text-blue-800 underline">
          Edit this monitor
        </Link>
        <Link href="/monitors" className="font-medium text-blue-800 underline">
          Back to all monitors
        </Link>
        <button type="button" onClick={onCreateAnother} className="font-medium text-blue-800 underline">
          Create another monitor
        </button>
      </div>
    </section>
  );
}
