import Papa from "papaparse";
import { MONITOR_FIELD_NAMES } from "../field-names";
import { FORMULA_START } from "../export/export-file";
import { type ImportCells } from "./import-row";

// The template: the import's columns (every field of the create schema) and one example row that
// passes it. The example is typed by those same columns, so a new field cannot be forgotten here.

export const TEMPLATE_EXAMPLE: ImportCells = {
  billing_plancode: "UBM - A/A",
  name: "Support mailbox",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip@example.com",
  email_username: "roundtrip",
  email_password: "",
  enabled: "true",
  interval: "15",
  timeout: "300",
  locations: "",
  home_location: "",
  mode: "Primary",
  rotate_locations: "",
  monitor_location_count: "",
  notify_on_error: "true",
  retry_on_failure: "",
  note: "Leave a cell empty for the account default. Locations: ids separated by ; (e.g. 10; 40).",
  alert_note: "",
  allow_internal_testing: "",
  custom_properties: "",
};

export const TEMPLATE_FILE_NAME = "alertsite-monitors-template.csv";

export function templateCsv(): string {
  return Papa.unparse(
    { fields: [...MONITOR_FIELD_NAMES], data: [MONITOR_FIELD_NAMES.map((field) => TEMPLATE_EXAMPLE[field])] },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}
