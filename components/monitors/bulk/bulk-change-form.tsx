"use client";

import { EyeIcon } from "lucide-react";
import { type ReactNode, useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Combobox } from "@/components/ui/combobox";
import { Label } from "@/components/ui/label";
import {
  BULK_SCALAR_FIELDS,
  type BulkChange,
  bulkChangeSchema,
  type BulkScalarField,
  LOCATION_OPERATION_LABELS,
  LOCATION_OPERATIONS,
  type LocationOperation,
} from "@/lib/bulk/bulk-change";
import { type MonitorChoices } from "@/lib/monitors/choices";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { COMMON_INTERVALS, MONITOR_MODES } from "@/lib/monitors/field-names";
import { fieldLabel } from "@/lib/monitors/fields";
import { emptyMonitorFormValues } from "@/lib/monitors/form-values";
import { isBlank } from "@/lib/monitors/values";
import { plural } from "@/lib/plural";
import { CustomPropertiesField } from "../form/custom-properties-field";
import { SelectControl, SuggestControl, TextAreaControl, TextControl, YesNoControl } from "../form/field-controls";
import { LocationsField } from "../form/locations-field";

type BulkField = BulkScalarField | "locations" | "custom_properties";
const BULK_FIELDS: readonly BulkField[] = [
  "interval",
  "timeout",
  "locations",
  "mode",
  "notify_on_error",
  "retry_on_failure",
  "alert_note",
  "note",
  "billing_plancode",
  "custom_properties",
];

const MODE_OPTIONS = MONITOR_MODES.map((mode) => ({ value: mode, label: mode }));
const INTERVAL_SUGGESTIONS = COMMON_INTERVALS.map((minutes) => ({
  value: String(minutes),
  label: plural(minutes, "minute", "minutes"),
}));

function isScalar(field: BulkField): field is BulkScalarField {
  return BULK_SCALAR_FIELDS.some((name) => name === field);
}

type BulkChangeFormProps = {
  choices: MonitorChoices;
  selectedCount: number;
  /** The change as last previewed, to pick up where the user left it. */
  initial: BulkChange | null;
  onPreview: (change: BulkChange) => void;
};

function initialFields(change: BulkChange | null): Set<BulkField> {
  if (!change) return new Set();
  const fields = new Set<BulkField>(BULK_SCALAR_FIELDS.filter((field) => change.values[field] !== undefined));
  if (change.locations) fields.add("locations");
  if (change.customProperties) fields.add("custom_properties");
  return fields;
}

function initialValues(change: BulkChange | null): MonitorFormValues {
  const values: MonitorFormValues = { ...emptyMonitorFormValues, ...change?.values };
  if (change?.locations) values.locations = change.locations.ids;
  if (change?.customProperties) values.custom_properties = change.customProperties.set;
  return values;
}

/**
 * "Change fields": tick what to change, set its new value with the edit form's own controls. Each
 * monitor keeps every field not ticked; the preview shows what that means for each one.
 */
export function BulkChangeForm({ choices, selectedCount, initial, onPreview }: BulkChangeFormProps) {
  const form = useForm<MonitorFormValues>({ defaultValues: initialValues(initial) });
  const [fields, setFields] = useState<ReadonlySet<BulkField>>(() => initialFields(initial));
  const [operation, setOperation] = useState<LocationOperation>(initial?.locations?.operation ?? "add");
  const [removed, setRemoved] = useState<string[]>(initial?.customProperties?.remove ?? []);
  const [problem, setProblem] = useState<string | null>(null);
  const propertyOptions = useMemo(
    () =>
      choices.customProperties.map((property) => ({
        value: String(property.id),
        label: property.name ?? `Property ${property.id}`,
      })),
    [choices.customProperties],
  );

  function toggle(field: BulkField, isOn: boolean) {
    const next = new Set(fields);
    if (isOn) next.add(field);
    else next.delete(field);
    setFields(next);
    form.clearErrors();
    setProblem(null);
  }

  function preview(values: MonitorFormValues) {
    form.clearErrors();
    const raw = {
      values: Object.fromEntries(
        BULK_SCALAR_FIELDS.filter((field) => fields.has(field)).map((field) => [field, String(values[field] ?? "")]),
      ),
      locations: fields.has("locations") ? { operation, ids: (values.locations ?? []).map(String) } : null,
      customProperties: fields.has("custom_properties")
        ? {
            set: (values.custom_properties ?? [])
              .map((row) => ({ id: String(row.id ?? ""), value_id: String(row.value_id ?? "") }))
              .filter((row) => !isBlank(row.id) || !isBlank(row.value_id)),
            remove: removed,
          }
        : null,
    };
    const parsed = bulkChangeSchema.safeParse(raw);
    if (parsed.success) {
      setProblem(null);
      onPreview(parsed.data);
      return;
    }
    let general: string | null = null;
    for (const issue of parsed.error.issues) {
      const [scope, field, ...rest] = issue.path.map(String);
      if (scope === "values" && field && isScalar(field as BulkField)) {
        form.setError(field as BulkScalarField, { message: issue.message });
      } else if (scope === "locations") {
        form.setError("locations", { message: issue.message });
      } else if (scope === "customProperties" && field !== undefined && rest.length > 0) {
        form.setError(`custom_properties.${Number(field)}.${rest[0] === "id" ? "id" : "value_id"}`, {
          message: issue.message,
        });
      } else {
        general ??= issue.message;
      }
    }
    setProblem(general ?? "Some values need fixing: see the messages beside them.");
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(preview)} className="space-y-5" aria-label="Change fields">
        <p className="text-sm text-muted-foreground">
          Tick each field to change on the {plural(selectedCount, "selected monitor", "selected monitors")} and give its
          new value. Fields not ticked stay as each monitor has them. Nothing is sent until you start it from the
          preview.
        </p>
        <ul className="divide-y rounded-xl border bg-card text-card-foreground shadow-xs">
          {BULK_FIELDS.map((field) => (
            <li key={field} className="space-y-3 px-4 py-3 sm:px-6">
              <div className="flex items-center gap-2">
                <Checkbox
                  id={`change-${field}`}
                  checked={fields.has(field)}
                  onCheckedChange={(checked) => toggle(field, checked === true)}
                />
                <Label htmlFor={`change-${field}`} className="font-medium">
                  Change {fieldLabel(field)}
                </Label>
              </div>
              {fields.has(field) ? (
                <div className="space-y-3 sm:pl-6">
                  <FieldControl
                    field={field}
                    choices={choices}
                    operation={operation}
                    onOperation={setOperation}
                    removed={removed}
                    onRemoved={setRemoved}
                    propertyOptions={propertyOptions}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {problem ? (
          <Alert variant="destructive" role="alert">
            <AlertTitle>Nothing to preview yet</AlertTitle>
            <AlertDescription>{problem}</AlertDescription>
          </Alert>
        ) : null}
        <Button type="submit">
          <EyeIcon aria-hidden />
          Preview the changes
        </Button>
      </form>
    </FormProvider>
  );
}

type FieldControlProps = {
  field: BulkField;
  choices: MonitorChoices;
  operation: LocationOperation;
  onOperation: (operation: LocationOperation) => void;
  removed: string[];
  onRemoved: (ids: string[]) => void;
  propertyOptions: { value: string; label: string }[];
};

function FieldControl({
  field,
  choices,
  operation,
  onOperation,
  removed,
  onRemoved,
  propertyOptions,
}: FieldControlProps): ReactNode {
  switch (field) {
    case "interval":
      return <SuggestControl name="interval" suggestions={INTERVAL_SUGGESTIONS} inputMode="numeric" />;
    case "timeout":
      return <TextControl name="timeout" inputMode="numeric" />;
    case "mode":
      return <SelectControl name="mode" options={MODE_OPTIONS} emptyLabel="Choose a mode" />;
    case "notify_on_error":
    case "retry_on_failure":
      return <YesNoControl name={field} />;
    case "alert_note":
    case "note":
      return <TextAreaControl name={field} rows={2} />;
    case "billing_plancode":
      return (
        <SuggestControl
          name="billing_plancode"
          suggestions={choices.plans.map((plan) => ({ value: plan, label: plan }))}
        />
      );
    case "locations":
      return (
        <>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">How to change each monitor&apos;s locations</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {LOCATION_OPERATIONS.map((value) => (
                <label key={value} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="location-operation"
                    value={value}
                    checked={operation === value}
                    onChange={() => onOperation(value)}
                    className="size-4 accent-primary"
                  />
                  {LOCATION_OPERATION_LABELS[value]}
                </label>
              ))}
            </div>
          </fieldset>
          <LocationsField known={choices.locations} />
        </>
      );
    case "custom_properties":
      return (
        <>
          <CustomPropertiesField known={choices.customProperties} />
          <div className="space-y-1.5">
            <Label htmlFor="remove-properties">Properties to remove</Label>
            <Combobox
              multiple
              id="remove-properties"
              options={propertyOptions}
              value={removed}
              onValueChange={onRemoved}
              placeholder="None"
              searchPlaceholder="Search properties…"
              emptyText="No property matches."
            />
          </div>
        </>
      );
  }
}
