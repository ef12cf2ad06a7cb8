"use client";

import { useController, useFormContext } from "react-hook-form";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { type LocationChoice, locationLabel } from "@/lib/monitors/choices";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { MonitorField } from "./field-controls";

export function selectedLocationIds(value: MonitorFormValues["locations"]): string[] {
  return (value ?? []).map((item) => (typeof item === "object" ? String(item.id) : String(item)));
}

/** The known locations by name, plus any chosen one the account's monitors do not name. */
export function locationOptions(known: readonly LocationChoice[], chosen: readonly string[]): ComboboxOption[] {
  const options = known.map((location) => ({
    value: String(location.id),
    label: locationLabel(location),
    keywords: [String(location.id)],
  }));
  for (const id of chosen) {
    if (!options.some((option) => option.value === id)) {
      options.push({ value: id, label: locationLabel({ id: Number(id), name: undefined }), keywords: [id] });
    }
  }
  return options;
}

/** A searchable multi-choice of the locations the account's monitors use, by name ("Sydney, AU"). */
export function LocationsField({ known }: { known: readonly LocationChoice[] }) {
  const { control } = useFormContext<MonitorFormValues>();
  const { field } = useController({ control, name: "locations" });
  const selected = selectedLocationIds(field.value);
  const options = locationOptions(known, selected);

  return (
    <MonitorField name="locations">
      {({ id, describedBy, invalid }) => (
        <>
          <Combobox
            multiple
            id={id}
            options={options}
            value={selected}
            onValueChange={(ids) => {
              field.onChange(ids);
              field.onBlur();
            }}
            disabled={field.disabled}
            placeholder="Account default locations"
            searchPlaceholder="Search locations…"
            emptyText="No location matches."
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
          {/* The chosen ids under the API name, for anything that reads the form by field name. */}
          {selected.map((location) => (
            <input key={location} type="hidden" name="locations" value={location} />
          ))}
        </>
      )}
    </MonitorField>
  );
}
