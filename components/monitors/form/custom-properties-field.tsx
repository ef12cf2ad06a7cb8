"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { Controller, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { FieldError, fieldId } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { Label } from "@/components/ui/label";
import { type CustomPropertyChoice } from "@/lib/monitors/choices";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { MONITOR_FIELDS } from "@/lib/monitors/fields";
import { useFieldError } from "./field-controls";

function idText(value: string | number | undefined): string {
  return value === undefined ? "" : String(value).trim();
}

function withCurrent(options: ComboboxOption[], current: string, label: string): ComboboxOption[] {
  if (current === "" || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label }];
}

/** Property → value rows, chosen by name from the properties the account's monitors carry. */
export function CustomPropertiesField({ known }: { known: readonly CustomPropertyChoice[] }) {
  const { control } = useFormContext<MonitorFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "custom_properties" });
  const error = useFieldError("custom_properties");
  const id = fieldId("custom_properties");
  const info = MONITOR_FIELDS.custom_properties;

  return (
    <fieldset id={id} aria-describedby={`${id}-help`} className="min-w-0 space-y-3">
      <legend className="text-sm font-medium">{info.label}</legend>
      <p id={`${id}-help`} className="text-sm text-muted-foreground">
        {known.length > 0
          ? info.help
          : "None of your account's monitors carries a custom property yet, so there is nothing to choose from."}
      </p>
      {fields.map((row, index) => (
        <PropertyRow key={row.id} index={index} known={known} onRemove={() => remove(index)} />
      ))}
      {known.length > 0 ? (
        <Button type="button" variant="outline" size="sm" onClick={() => append({ id: "", value_id: "" })}>
          <PlusIcon aria-hidden />
          Add a property
        </Button>
      ) : null}
      {error ? <FieldError>{error}</FieldError> : null}
    </fieldset>
  );
}

type PropertyRowProps = { index: number; known: readonly CustomPropertyChoice[]; onRemove: () => void };

function PropertyRow({ index, known, onRemove }: PropertyRowProps) {
  const { control, setValue } = useFormContext<MonitorFormValues>();
  const propertyId = idText(useWatch({ control, name: `custom_properties.${index}.id` }));
  const idError = useFieldError(`custom_properties.${index}.id`);
  const valueError = useFieldError(`custom_properties.${index}.value_id`);
  const base = `${fieldId("custom_properties")}-${index}`;
  const property = known.find((candidate) => String(candidate.id) === propertyId);
  const propertyName = property?.name ?? `Property ${propertyId}`;

  const propertyOptions = withCurrent(
    known.map((choice) => ({ value: String(choice.id), label: choice.name ?? `Property ${choice.id}` })),
    propertyId,
    propertyName,
  );

  return (
    <div className="grid gap-3 rounded-lg border bg-muted/40 p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start">
      <div className="space-y-1.5">
        <Label htmlFor={`${base}-id`}>Property</Label>
        <Controller
          control={control}
          name={`custom_properties.${index}.id`}
          render={({ field }) => (
            <Combobox
              id={`${base}-id`}
              options={propertyOptions}
              value={idText(field.value) || undefined}
              onValueChange={(value) => {
                field.onChange(value);
                // A value belongs to one property: choosing another property starts over.
                setValue(`custom_properties.${index}.value_id`, "");
              }}
              placeholder="Choose a property"
              searchPlaceholder="Search properties…"
              aria-invalid={Boolean(idError)}
              aria-describedby={idError ? `${base}-id-error` : undefined}
            />
          )}
        />
        {idError ? <FieldError id={`${base}-id-error`}>{idError}</FieldError> : null}
      </div>
      <div className="space-y-1.5">
        <Label htmlFor={`${base}-value`}>Value</Label>
        <Controller
          control={control}
          name={`custom_properties.${index}.value_id`}
          render={({ field }) => {
            const valueId = idText(field.value);
            const options = withCurrent(
              (property?.values ?? []).map((value) => ({
                value: String(value.id),
                label: value.name ?? `Value ${value.id}`,
              })),
              valueId,
              `Value ${valueId}`,
            );
            return (
              <Combobox
                id={`${base}-value`}
                options={options}
                value={valueId || undefined}
                onValueChange={field.onChange}
                disabled={propertyId === ""}
                placeholder={propertyId === "" ? "Choose a property first" : "Choose a value"}
                searchPlaceholder="Search values…"
                emptyText="No value of this property is in use yet."
                aria-invalid={Boolean(valueError)}
                aria-describedby={valueError ? `${base}-value-error` : undefined}
              />
            );
          }}
        />
        {valueError ? <FieldError id={`${base}-value-error`}>{valueError}</FieldError> : null}
      </div>
      <Button type="button" variant="ghost" size="sm" onClick={onRemove} className="sm:mt-6">
        <XIcon aria-hidden />
        Remove<span className="sr-only"> {propertyId === "" ? `property row ${index + 1}` : propertyName}</span>
      </Button>
    </div>
  );
}
