"use client";

import { type ReactNode } from "react";
import { type FieldPath, useFormContext } from "react-hook-form";
import { Field, inputClassName } from "@/components/form/field";
import { MONITOR_FIELDS } from "@/lib/monitors/fields";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { type MonitorFieldName, REQUIRED_FIELDS } from "@/lib/monitors/field-names";
import { useStoredWarnings } from "./stored-warnings";

type ScalarField = Exclude<MonitorFieldName, "locations" | "custom_properties">;

export function useFieldError(name: FieldPath<MonitorFormValues>): string | undefined {
  const { getFieldState, formState } = useFormContext<MonitorFormValues>();
  return getFieldState(name, formState).error?.message;
}

function isRequired(name: MonitorFieldName): boolean {
  return (REQUIRED_FIELDS as readonly string[]).includes(name);
}

type ControlOptions = {
  name: ScalarField;
  help?: ReactNode;
  children: (props: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
    required: boolean | undefined;
  }) => ReactNode;
};

/** The warning about the stored value, while the user has not changed it. */
function useStoredWarning(name: ScalarField): string | undefined {
  const { getFieldState, formState } = useFormContext<MonitorFormValues>();
  const warning = useStoredWarnings()[name];
  return warning && !getFieldState(name, formState).isDirty ? warning : undefined;
}

function MonitorField({ name, help, children }: ControlOptions) {
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
      required={isRequired(name)}
    >
      {(control) =>
        children({
          id: control.id,
          describedBy: control["aria-describedby"],
          invalid: control["aria-invalid"],
          required: control["aria-required"],
        })
      }
    </Field>
  );
}

type TextControlProps = {
  name: ScalarField;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "url";
  listId?: string;
  help?: ReactNode;
  placeholder?: string;
};

export function TextControl({
  name,
  type = "text",
  autoComplete = "off",
  inputMode,
  listId,
  help,
  placeholder,
}: TextControlProps) {
  const { register } = useFormContext<MonitorFormValues>();
  return (
    <MonitorField name={name} help={help}>
      {({ id, describedBy, invalid, required }) => (
        <input
          id={id}
          {...register(name)}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          list={listId}
          placeholder={placeholder}
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

export function TextAreaControl({ name, rows = 3 }: { name: ScalarField; rows?: number }) {
  const { register } = useFormContext<MonitorFormValues>();
  return (
    <MonitorField name={name}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          {...register(name)}
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClassName}
        />
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
