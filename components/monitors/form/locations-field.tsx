"use client";

import { useId, useMemo, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { fieldId, inputClassName } from "@/components/form/field";
import { type LocationChoice, locationLabel } from "@/lib/monitors/choices";
import { MONITOR_FIELDS } from "@/lib/monitors/fields";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { useFieldError } from "./field-controls";

function selectedIds(value: MonitorFormValues["locations"]): string[] {
  return (value ?? []).map((item) => (typeof item === "object" ? String(item.id) : String(item)));
}

/** Checkboxes for the locations the account uses, plus a way to add one by its ID. */
export function LocationsField({ known }: { known: readonly LocationChoice[] }) {
  const { control } = useFormContext<MonitorFormValues>();
  const { field } = useController({ control, name: "locations" });
  const error = useFieldError("locations");
  const [typedId, setTypedId] = useState("");
  const [typedProblem, setTypedProblem] = useState<string | null>(null);
  const addInputId = useId();
  const id = fieldId("locations");
  const selected = selectedIds(field.value);

  const options = useMemo(() => {
    const byId = new Map(known.map((location) => [String(location.id), location]));
    for (const extra of selected) if (!byId.has(extra)) byId.set(extra, { id: Number(extra), name: undefined });
    return [...byId.values()];
  }, [known, selected]);

  const toggle = (locationId: string, checked: boolean) => {
    field.onChange(checked ? [...selected, locationId] : selected.filter((existing) => existing !== locationId));
  };

  const addTyped = () => {
    const trimmed = typedId.trim();
    if (!/^[1-9]\d{0,9}$/.test(trimmed)) {
      setTypedProblem("Enter a location ID as a whole number, e.g. 40.");
      return;
    }
    setTypedProblem(null);
    if (!selected.includes(trimmed)) field.onChange([...selected, trimmed]);
    setTypedId("");
  };

  const describedBy = [error ? `${id}-error` : null, `${id}-help`].filter(Boolean).join(" ");
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      aria-invalid={Boolean(error)}
      className="space-y-2"
      onBlur={field.onBlur}
    >
      <legend className="text-sm font-medium text-slate-900">{MONITOR_FIELDS.locations.label}</legend>
      {options.length > 0 ? (
        <ul className="grid gap-1 sm:grid-cols-2">
          {options.map((location) => {
            const value = String(location.id);
            return (
              <li key={value}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="locations"
                    value={value}
                    checked={selected.includes(value)}
                    onChange={(event) => toggle(value, event.target.checked)}
                    className="h-4 w-4 accent-blue-700"
                  />
                  {locationLabel(location)}
                </label>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">No locations are known yet: add them by ID.</p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={addInputId} className="block text-sm text-slate-800">
            Add a location by ID
          </label>
          <input
            id={addInputId}
            value={typedId}
            inputMode="numeric"
            onChange={(event) => setTypedId(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addTyped();
              }
            }}
            aria-invalid={Boolean(typedProblem)}
            aria-describedby={typedProblem ? `${addInputId}-problem` : undefined}
            className={`${inputClassName} w-32`}
          />
        </div>
        <button
          type="button"
          onClick={addTyped}
          className="rounded-md border border-slate-500 px-3 py-2 text-sm font-medium hover:bg-slate-100"
        >
          Add location
        </button>
      </div>
      {typedProblem ? (
        <p id={`${addInputId}-problem`} role="alert" className="text-sm font-medium text-red-700">
          {typedProblem}
        </p>
      ) : null}
      <p id={`${id}-help`} className="text-sm text-slate-600">
        {MONITOR_FIELDS.locations.help} Leave all unticked to use your account&apos;s default locations.
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
