import { TriangleAlertIcon } from "lucide-react";
import { type ReactNode } from "react";
import { fieldClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

export type ControlProps = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean;
  "aria-required": boolean | undefined;
};

type FieldProps = {
  /** The API field name: the control's `name`, and the stem of every id here. */
  name: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  /** Something to know about the value that is not an error (e.g. a stored value the form would refuse). */
  warning?: string | undefined;
  /** Shown at the end of the label line, e.g. a live character count. */
  aside?: ReactNode;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** Label, control, help line, warning and error message, wired together for assistive technology. */
export function Field({ name, label, help, error, warning, aside, required, children }: FieldProps) {
  const id = fieldId(name);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const warningId = warning && !error ? `${id}-warning` : undefined;
  const describedBy = [errorId, warningId, helpId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5" data-invalid={error ? "" : undefined}>
      <div className="flex items-baseline justify-between gap-3">
        <Label htmlFor={id} className="block leading-snug">
          {label}
          {required ? <span className="font-normal text-muted-foreground"> (required)</span> : null}
        </Label>
        {aside}
      </div>
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": Boolean(error),
        "aria-required": required || undefined,
      })}
      {help ? (
        <p id={helpId} className="text-sm text-muted-foreground">
          {help}
        </p>
      ) : null}
      {warningId ? <FieldWarning id={warningId}>{warning}</FieldWarning> : null}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}

export function FieldError({ id, children }: { id?: string | undefined; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="text-sm font-medium text-destructive">
      {children}
    </p>
  );
}

export function FieldWarning({ id, children }: { id?: string | undefined; children: ReactNode }) {
  return (
    <p
      id={id}
      data-slot="field-warning"
      className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm text-foreground"
    >
      <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <span>{children}</span>
    </p>
  );
}

/** A native control (input, select) styled like the design system's Input. */
export const inputClassName = cn(fieldClasses, "block h-9 py-1");
