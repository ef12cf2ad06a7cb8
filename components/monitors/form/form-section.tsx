"use client";

import { ChevronDownIcon } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { type FieldGroupInfo } from "@/lib/monitors/fields";

export function sectionId(group: FieldGroupInfo["id"]): string {
  return `section-${group}`;
}

type FormSectionProps = {
  info: FieldGroupInfo;
  hasErrors: boolean;
  /** Opened from the start, e.g. because it holds prefilled or saved values. */
  defaultOpen?: boolean;
  /** The section's values in a line, shown instead of its description while it is folded. */
  summary?: ReactNode;
  children: ReactNode;
};

function Heading({ info, hasErrors, summary }: { info: FieldGroupInfo; hasErrors: boolean; summary?: ReactNode }) {
  return (
    <span className="min-w-0 flex-1">
      <h2 id={`${sectionId(info.id)}-heading`} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        {info.title}
        {hasErrors ? <Badge variant="destructive">Needs attention</Badge> : null}
      </h2>
      <span className="mt-0.5 line-clamp-2 text-sm text-muted-foreground">{summary ?? info.description}</span>
    </span>
  );
}

const FIELDS_GRID = "grid gap-5 border-t px-4 py-5 sm:px-6 md:grid-cols-2";

/**
 * One section of the monitor form. Sections with required fields are always open; the others
 * can be folded away, and open by themselves when one of their fields has an error.
 */
export function FormSection({ info, hasErrors, defaultOpen = false, summary, children }: FormSectionProps) {
  const [isOpen, setIsOpen] = useState(defaultOpen || hasErrors);
  const [hadErrors, setHadErrors] = useState(hasErrors);
  // Opens when errors appear, and stays open while the user fixes them.
  if (hasErrors !== hadErrors) {
    setHadErrors(hasErrors);
    if (hasErrors) setIsOpen(true);
  }

  if (info.isAlwaysOpen) {
    return (
      <section
        id={sectionId(info.id)}
        aria-labelledby={`${sectionId(info.id)}-heading`}
        className="scroll-mt-4 rounded-xl border bg-card text-card-foreground shadow-xs"
      >
        <div className="flex px-4 py-4 sm:px-6">
          <Heading info={info} hasErrors={hasErrors} />
        </div>
        <div className={FIELDS_GRID}>{children}</div>
      </section>
    );
  }
  return (
    <details
      id={sectionId(info.id)}
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
      className="group scroll-mt-4 rounded-xl border bg-card text-card-foreground shadow-xs"
    >
      <summary className="flex cursor-pointer list-none items-start gap-3 rounded-xl px-4 py-4 hover:bg-accent/50 sm:px-6 [&::-webkit-details-marker]:hidden">
        <Heading info={info} hasErrors={hasErrors} summary={isOpen ? undefined : summary} />
        <ChevronDownIcon
          aria-hidden
          className="mt-0.5 size-5 shrink-0 text-muted-foreground transition-transform group-open:rotate-180"
        />
      </summary>
      <div className={FIELDS_GRID}>{children}</div>
    </details>
  );
}

/** A field that takes the whole width of its section. */
export function Wide({ children }: { children: ReactNode }) {
  return <div className="md:col-span-2">{children}</div>;
}
