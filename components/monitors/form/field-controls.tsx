"use client";

import { type ReactNode } from "react";
import { type FieldPath, useController, useFormContext, useWatch } from "react-hook-form";
import { Field, inputClassName } from "@/components/form/field";
import { type ComboboxOption } from "@/components/ui/combobox";
import { Textarea } from "@/components/ui/textarea";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { type LimitedTextField, type MonitorFieldName, REQUIRED_FIELDS, TEXT_LIMITS } from "@/lib/monitors/field-names";
import { MONITOR_FIELDS } from "@/lib/monitors/fields";
import { cn } from "@/lib/utils";
import { useStoredWarnings } from "./stored-warnings";
import { SuggestInput } from "./suggest-input";

type ScalarField = Exclude<MonitorFieldName, "locations" | "custom_properties">;

export function useFieldError(name: FieldPath<MonitorFormValues>): string | undefined {
  const { getFieldState, formState } = useFormContext<MonitorFormValues>();
  return getFieldState(name, formState).error?.message;
}

function isRequired(name: MonitorFieldName): boolean {
  return REQUIRED_FIELDS.some((field) => field === name);
}

/** The warning about the stored value, while the user has not changed it. */
function useStoredWarning(name: MonitorFieldName): string | undefined {
  const { getFieldState, formState } = useFormContext<MonitorFormValues>();
  const warning = useStoredWarnings()[name];
  return warning && !getFieldState(name, formState).isDirty ? warning : undefined;
}

export type MonitorControlProps = {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean | undefined;
};

type MonitorFieldProps = {
  name: MonitorFieldName;
  help?: ReactNode;
  /** Replaces the field's own error, e.g. the mailbox-in-use notice. */
  extra?: ReactNode;
  aside?: ReactNode;
  children: (props: MonitorControlProps) => ReactNode;
};

/** A monitor field's label, help, warning and error from MONITOR_FIELDS and the form state. */
export function MonitorField({ name, help, extra, aside, children }: MonitorFieldProps) {
  const error = useFieldError(name);
  const warning = useStoredWarning(name);
  const info = MONITOR_FIELDS[name];
  return (
    <Field
      name={name}
      label={info.label}
      help={help ?? info.help}
      error={error}
      warning={warning}
      aside={aside}
      required={isRequired(name)}
    >
      {(control) => (
        <>
          {children({
            id: control.id,
            describedBy: control["aria-describedby"],
            invalid: control["aria-invalid"],
            required: control["aria-required"],
          })}
          {extra}
        </>
      )}
    </Field>
  );
}

type TextControlProps = {
  name: ScalarField;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "url";
  help?: ReactNode;
  /** Runs after the form's own blur handling (validation on blur). */
  onBlur?: () => void;
  extra?: ReactNode;
};

export function TextControl({
  name,
  type = "text",
  autoComplete = "off",
  inputMode,
  help,
  onBlur,
  extra,
}: TextControlProps) {
  const { register } = useFormContext<MonitorFormValues>();
  const registration = register(name);
  return (
    <MonitorField name={name} help={help} extra={extra}>
      {({ id, describedBy, invalid, required }) => (
        <input
          id={id}
          {...registration}
          onBlur={async (event) => {
            await registration.onBlur(event);
            onBlur?.();
          }}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required}
          className={inputClassName}
        />
      )}
    </MonitorField>
  );
}

type SuggestControlProps = {
  name: ScalarField;
  suggestions: readonly ComboboxOption[];
  inputMode?: "text" | "numeric";
};

/** A text field with suggestions to choose from (plans, intervals) and free entry for anything else. */
export function SuggestControl({ name, suggestions, inputMode }: SuggestControlProps) {
  const { control } = useFormContext<MonitorFormValues>();
  const { field } = useController({ control, name });
  return (
    <MonitorField name={name}>
      {({ id, describedBy, invalid, required }) => (
        <SuggestInput
          id={id}
          ref={field.ref}
          name={field.name}
          value={field.value === undefined ? "" : String(field.value)}
          onValueChange={field.onChange}
          onBlur={field.onBlur}
          disabled={field.disabled}
          suggestions={suggestions}
          inputMode={inputMode}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required}
        />
      )}
    </MonitorField>
  );
}

function CharacterCount({ name, max }: { name: ScalarField; max: number }) {
  const value = useWatch<MonitorFormValues>({ name });
  const length = typeof value === "string" ? value.trim().length : 0;
  return (
    <span
      className={cn(
        "shrink-0 text-xs tabular-nums",
        length > max ? "font-medium text-destructive" : "text-muted-foreground",
      )}
    >
      {length.toLocaleString("en-US")} / {max.toLocaleString("en-US")}
      <span className="sr-only"> characters</span>
    </span>
  );
}

/** A note: a text area with a live character count against its limit. */
export function TextAreaControl({ name, rows = 3 }: { name: ScalarField & LimitedTextField; rows?: number }) {
  const { register } = useFormContext<MonitorFormValues>();
  return (
    <MonitorField name={name} aside={<CharacterCount name={name} max={TEXT_LIMITS[name]} />}>
      {({ id, describedBy, invalid }) => (
        <Textarea id={id} {...register(name)} rows={rows} aria-describedby={describedBy} aria-invalid={invalid} />
      )}
    </MonitorField>
  );
}

type SelectControlProps = {
  name: ScalarField;
  options: readonly { value: string; label: string }[];
  /** The label of the empty choice: the account's default applies. */
  emptyLabel?: string;
};

export function SelectControl({ name, options, emptyLabel = "Account default" }: SelectControlProps) {
  const { register } = useFormContext<MonitorFormValues>();
  return (
    <MonitorField name={name}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          {...register(name)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClassName}
        >
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </MonitorField>
  );
}

const YES_NO = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
] as const;

/** A boolean AlertSite setting: Yes, No, or leave it to the account default (not sent). */
export function YesNoControl({ name }: { name: ScalarField }) {
  return <SelectControl name={name} options={YES_NO} />;
}
