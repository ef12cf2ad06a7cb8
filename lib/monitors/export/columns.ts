import { MONITOR_FIELD_NAMES, type MonitorFieldName } from "../field-names";

// The columns of an exported file, and so of an import and its template: the create schema's
// field names, so a file exported here imports again unchanged.

/** Every field of the create schema but the mailbox password: write-only, it never leaves the console. */
export type ExportedField = Exclude<MonitorFieldName, "email_password">;

export const EXPORTED_FIELDS = MONITOR_FIELD_NAMES.filter(
  (field): field is ExportedField => field !== "email_password",
);

/** Read-only columns beside the fields: the monitor's id and the names behind the ids. Ignored on import. */
export const INFORMATION_COLUMNS = ["id", "location_names", "custom_property_names"] as const;
export type InformationColumn = (typeof INFORMATION_COLUMNS)[number];

export type ExportColumn = ExportedField | InformationColumn;

/** The CSV's columns: the id first, each list's names right after its ids. */
export const CSV_EXPORT_COLUMNS: readonly ExportColumn[] = [
  "id",
  ...EXPORTED_FIELDS.flatMap((field): ExportColumn[] => {
    if (field === "locations") return [field, "location_names"];
    if (field === "custom_properties") return [field, "custom_property_names"];
    return [field];
  }),
];
