"use client";

import { type ReactNode, useState } from "react";

type FieldGroupProps = {
  title: string;
  description: string;
  hasErrors: boolean;
  /** Opened from the start, e.g. because it holds prefilled or saved values. */
  defaultOpen?: boolean;
  children: ReactNode;
};

/** An optional section the user can open; it opens by itself when one of its fields has an error. */
export function FieldGroup({ title, description, hasErrors, defaultOpen = false, children }: FieldGroupProps) {
  const [isOpen, setIsOpen] = useState(defaultOpen || hasErrors);
  const [hadErrors, setHadErrors] = useState(hasErrors);
  // Opens when errors appear, and stays open while the user fixes them.
  if (hasErrors !== hadErrors) {
    setHadErrors(hasErrors);
    if (hasErrors) setIsOpen(true);
  }
  return (
    <details
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
      className="rounded-lg border border-slate-300 bg-white"
    >
      <summary className="cursor-pointer px-4 py-3 font-semibold text-slate-900">
        {title}
        {hasErrors ? <span className="ml-2 text-sm font-medium text-red-700">(needs attention)</span> : null}
        <span className="block text-sm font-normal text-slate-700">{description}</span>
      </summary>
      <div className="space-y-5 border-t border-slate-200 px-4 py-4">{children}</div>
    </details>
  );
}
