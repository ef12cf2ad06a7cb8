"use client";

import { useFormState } from "react-hook-form";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { FIELD_GROUPS, fieldsInGroup } from "@/lib/monitors/fields";
import { cn } from "@/lib/utils";
import { sectionId } from "./form-section";

/** Opens a folded section, brings it into view and moves focus to it. */
function goToSection(id: string): void {
  const section = document.getElementById(id);
  if (!section) return;
  if (section instanceof HTMLDetailsElement) section.open = true;
  section.scrollIntoView({ behavior: "smooth", block: "start" });
  const target = section.querySelector<HTMLElement>("summary") ?? section;
  if (target === section) section.tabIndex = -1;
  target.focus({ preventScroll: true });
}

/** The form's sections, to jump between them on wide screens; a dot marks those needing attention. */
export function FormOutline() {
  const { errors } = useFormState<MonitorFormValues>();
  return (
    <nav aria-label="Form sections" className="text-sm">
      <p className="mb-2 px-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">On this page</p>
      <ul className="space-y-0.5">
        {FIELD_GROUPS.map((group) => {
          const hasErrors = fieldsInGroup(group.id).some((field) => errors[field] !== undefined);
          const id = sectionId(group.id);
          return (
            <li key={group.id}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  goToSection(id);
                }}
                className={cn(
                  "flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-muted-foreground hover:bg-accent hover:text-accent-foreground",
                  hasErrors && "font-medium text-destructive",
                )}
              >
                {group.title}
                {hasErrors ? (
                  <>
                    <span aria-hidden className="size-2 rounded-full bg-destructive" />
                    <span className="sr-only"> (needs attention)</span>
                  </>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
