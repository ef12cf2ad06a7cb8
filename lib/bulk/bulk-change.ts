import { z } from "zod";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";
import { isClearableField } from "@/lib/monitors/field-names";
import { fieldLabel } from "@/lib/monitors/fields";
import { formValuesFromUpstream } from "@/lib/monitors/form-values";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { isBlank } from "@/lib/monitors/values";

// "Change fields" for many monitors: which fields to set, in the edit form's terms (strings from
// the same controls), and how to change each monitor's locations and custom properties. Each
// monitor's new values are its own values with this applied (applyBulkChange); the preview then
// checks them with that monitor's edit rules (lib/bulk/preview.ts).

/** The fields a bulk change may set to one value on every monitor. */
export const BULK_SCALAR_FIELDS = [
  "interval",
  "timeout",
  "mode",
  "notify_on_error",
  "retry_on_failure",
  "alert_note",
  "note",
  "billing_plancode",
] as const;
export type BulkScalarField = (typeof BULK_SCALAR_FIELDS)[number];

export const LOCATION_OPERATIONS = ["add", "remove", "replace"] as const;
export type LocationOperation = (typeof LOCATION_OPERATIONS)[number];

export const LOCATION_OPERATION_LABELS: Readonly<Record<LocationOperation, string>> = {
  add: "Add these locations",
  remove: "Remove these locations",
  replace: "Replace all locations with these",
};

const propertyRow = z.object({ id: z.string(), value_id: z.string() });

export const bulkChangeSchema = z
  .object({
    values: z.partialRecord(z.enum(BULK_SCALAR_FIELDS), z.string()),
    locations: z
      .object({ operation: z.enum(LOCATION_OPERATIONS), ids: z.array(z.string()) })
      .nullable()
      .default(null),
    customProperties: z
      .object({ set: z.array(propertyRow), remove: z.array(z.string()) })
      .nullable()
      .default(null),
  })
  .superRefine((change, ctx) => {
    for (const field of BULK_SCALAR_FIELDS) {
      const value = change.values[field];
      if (value === undefined) continue;
      if (isBlank(value) && !isClearableField(field)) {
        ctx.addIssue({
          code: "custom",
          path: ["values", field],
          message: `${fieldLabel(field)}: choose a value, or stop changing this field.`,
        });
        continue;
      }
      const parsed = monitorEditSchema.safeParse({ [field]: value });
      for (const issue of parsed.error?.issues ?? []) {
        ctx.addIssue({ code: "custom", path: ["values", field], message: issue.message });
      }
    }
    if (change.locations && change.locations.ids.length === 0) {
      ctx.addIssue({ code: "custom", path: ["locations"], message: "Choose at least one location." });
    }
    if (change.customProperties) {
      const { set, remove } = change.customProperties;
      if (set.length === 0 && remove.length === 0)
        ctx.addIssue({ code: "custom", path: ["customProperties"], message: "Set or remove at least one property." });
      const parsed = monitorEditSchema.safeParse({ custom_properties: set });
      for (const issue of parsed.error?.issues ?? []) {
        ctx.addIssue({ code: "custom", path: ["customProperties", ...issue.path.slice(1)], message: issue.message });
      }
    }
    if (Object.keys(change.values).length === 0 && change.locations === null && change.customProperties === null) {
      ctx.addIssue({ code: "custom", path: [], message: "Choose at least one field to change." });
    }
  });
export type BulkChange = z.output<typeof bulkChangeSchema>;

function locationsAfter(current: readonly string[], operation: LocationOperation, ids: readonly string[]): string[] {
  switch (operation) {
    case "add":
      return [...current, ...ids.filter((id) => !current.includes(id))];
    case "remove":
      return current.filter((id) => !ids.includes(id));
    case "replace":
      return [...ids];
  }
}

type PropertyRow = z.infer<typeof propertyRow>;

function propertiesAfter(
  current: readonly PropertyRow[],
  { set, remove }: { set: readonly PropertyRow[]; remove: readonly string[] },
): PropertyRow[] {
  const byId = new Map(current.map((row) => [row.id, row.value_id]));
  for (const id of remove) byId.delete(id);
  for (const row of set) byId.set(row.id, row.value_id);
  return [...byId].map(([id, value_id]) => ({ id, value_id }));
}

/** The edit form's values for `monitor` once `change` is applied: what its edit page would hold. */
export function applyBulkChange(monitor: UpstreamMonitor, change: BulkChange): Required<MonitorFormValues> {
  const values = formValuesFromUpstream(monitor);
  for (const field of BULK_SCALAR_FIELDS) {
    const value = change.values[field];
    if (value !== undefined) values[field] = value;
  }
  if (change.locations) {
    const current = values.locations.map(String);
    values.locations = locationsAfter(current, change.locations.operation, change.locations.ids);
  }
  if (change.customProperties) {
    const current = values.custom_properties.map((row) => ({ id: String(row.id), value_id: String(row.value_id) }));
    values.custom_properties = propertiesAfter(current, change.customProperties);
  }
  return values;
}
