"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { fieldId, inputClassName } from "@/components/form/field";
import { type CustomPropertyChoice } from "@/lib/monitors/choices";
import { MONITOR_FIELDS } from "@/lib/monitors/fields";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { useFieldError } from "./field-controls";

function choiceText(choice: { id: number; name: string | undefined }): string {
  return choice.name ? `${choice.id} (${choice.name})` : String(choice.id);
}

/** Property ID / value ID pairs; AlertSite changes a property when given its id and a new value_id. */
export function CustomPropertiesField({ known }: { known: readonly CustomPropertyChoice[] }) {
  const { control, register } = useFormContext<MonitorFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "custom_properties" });
  const error = useFieldError("custom_properties");
  const id = fieldId("custom_properties");
  const propertyList = `${id}-properties`;
  const valueList = `${id}-values`;

  return (
    <fieldset id={id} aria-describedby={`${id}-help`} className="space-y-3">
      <legend className="text-sm font-medium text-slate-900">{MONITOR_FIELDS.custom_properties.label}</legend>
      <p id={`${id}-help`} className="text-sm text-slate-600">
        {MONITOR_FIELDS.custom_properties.help}
      </p>
      <datalist id={propertyList}>
        {known.map((property) => (
          <option key={property.id} value={property.id} label={property.name ?? undefined}>
            {choiceText(property)}
          </option>
        ))}
      </datalist>
      <datalist id={valueList}>
        {known.flatMap((property) =>
          property.values.map((value) => (
            <option
              key={`${property.id}-${value.id}`}
              value={value.id}
              label={`${property.name ?? property.id}: ${value.name ?? value.id}`}
            />
          )),
        )}
      </datalist>
      {fields.map((row, index) => (
        <PropertyRow
          key={row.id}
          index={index}
          register={register}
          propertyList={propertyList}
          valueList={valueList}
          onRemove={() => remove(index)}
        />
      ))}
      <button
        type="button"
        onClick={() => append({ id: "", value_id: "" })}
        className="rounded-md border border-slate-500 px-3 py-2 text-sm font-medium hover:bg-slate-100"
      >
        Add a custom property
      </button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

type PropertyRowProps = {
  index: number;
  register: ReturnType<typeof useFormContext<MonitorFormValues>>["register"];
  propertyList: string;
  valueList: string;
  onRemove: () => void;
};

function PropertyRow({ index, register, propertyList, valueList, onRemove }: PropertyRowProps) {
  const idError = useFieldError(`custom_properties.${index}.id`);
  const valueError = useFieldError(`custom_properties.${index}.value_id`);
  const base = `${fieldId("custom_properties")}-${index}`;
  return (
    <div className="flex flex-wrap items-start gap-3 rounded-md border border-slate-300 p-3">
      <div>
        <label htmlFor={`${base}-id`} className="block text-sm text-slate-800">
          Property {index + 1}: property ID
        </label>
        <input
          id={`${base}-id`}
          {...register(`custom_properties.${index}.id`)}
          inputMode="numeric"
          list={propertyList}
          aria-invalid={Boolean(idError)}
          aria-describedby={idError ? `${base}-id-error` : undefined}
          className={`${inputClassName} w-40`}
        />
        {idError ? (
          <p id={`${base}-id-error`} role="alert" className="text-sm font-medium text-red-700">
            {idError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${base}-value`} className="block text-sm text-slate-800">
          Property {index + 1}: value ID
        </label>
        <input
          id={`${base}-value`}
          {...register(`custom_properties.${index}.value_id`)}
          inputMode="numeric"
          list={valueList}
          aria-invalid={Boolean(valueError)}
          aria-describedby={valueError ? `${base}-value-error` : undefined}
          className={`${inputClassName} w-40`}
        />
        {valueError ? (
          <p id={`${base}-value-error`} role="alert" className="text-sm font-medium text-red-700">
            {valueError}
          </p>
        ) : null}
      </div>
      <button type="button" onClick={onRemove} className="mt-6 text-sm font-medium text-red-800 underline">
        Remove property {index + 1}
      </button>
    </div>
  );
}
