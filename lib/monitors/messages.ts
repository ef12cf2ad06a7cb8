import { plural } from "@/lib/plural";
import {
  type LimitedTextField,
  MAX_TIMEOUT_SECONDS,
  MONITOR_MODES,
  type RequiredFieldName,
  TEXT_LIMITS,
} from "./field-names";

// What the schemas say when a value is wrong: each message tells the user what to enter instead.

export const REQUIRED_MESSAGES: Record<RequiredFieldName, string> = {
  billing_plancode: "Enter the measurement plan code, e.g. UBM - A/A.",
  name: "Enter the monitor's name.",
  smtp_hostname: "Enter the outgoing mail server, e.g. smtps://smtp.example.com:465.",
  pop3_hostname: "Enter the incoming mail server, e.g. pop3s://pop.example.com:995.",
  email: "Enter the test mailbox address, e.g. roundtrip@example.com.",
};

export const MESSAGES = {
  emailInvalid: "Enter the full address of the test mailbox, e.g. roundtrip@example.com.",
  text: "Enter text here.",
  interval: "Enter how often to run, in whole minutes, e.g. 15.",
  timeout: `Enter the time limit in whole seconds, from 1 to ${MAX_TIMEOUT_SECONDS} (${MAX_TIMEOUT_SECONDS} is recommended).`,
  homeLocation: "Choose the main location from the list of locations.",
  locationCount: "Enter how many locations to use per run, as a whole number such as 2.",
  locations: "Choose the monitoring locations from the list.",
  locationId: "Choose locations from the list: each location is a whole number id such as 10.",
  locationsEmpty: "Choose at least one location.",
  mode: `Choose a monitoring mode: ${MONITOR_MODES.slice(0, -1).join(", ")} or ${MONITOR_MODES.at(-1) ?? ""}.`,
  boolean: "Choose Yes, No or Account default.",
  customProperties: "Choose a property and its value for each row.",
  customPropertyId: "Choose a property for this row.",
  customPropertyValue: "Choose a value for this property.",
  customPropertyTwice: "This property is already set in another row: set each property once.",
  cannotReset: "AlertSite can't put this back to the account default once it is set. Choose a value.",
  port: "The port must be a number from 1 to 65535, e.g. smtps://smtp.example.com:465.",
  homeLocationNotChosen: "Choose the main location from the monitoring locations you picked.",
} as const;

export function locationChosenTwice(id: number): string {
  return `Location ${id} is chosen twice: choose each location once.`;
}

const FIELD_NOUNS: Record<LimitedTextField, string> = {
  billing_plancode: "the plan code",
  name: "the monitor name",
  smtp_hostname: "the server address",
  pop3_hostname: "the server address",
  email: "the address",
  email_username: "the login name",
  email_password: "the password",
  note: "the dashboard note",
  alert_note: "the alert note",
};

export function tooLong(field: LimitedTextField, length: number): string {
  const max = TEXT_LIMITS[field];
  return `Keep ${FIELD_NOUNS[field]} to ${max.toLocaleString("en-US")} characters or fewer: it is ${plural(length - max, "character", "characters")} too long.`;
}

export function timeoutTooLong(interval: number): string {
  const longest = Math.min(interval * 60 - 1, MAX_TIMEOUT_SECONDS);
  return `Give up sooner than the next run starts: running every ${plural(interval, "minute", "minutes")} allows at most ${plural(longest, "second", "seconds")}.`;
}

export function tooManyLocationsPerRun(locationCount: number): string {
  return locationCount === 1
    ? "Use 1 location per run: you picked only 1 monitoring location."
    : `Use between 1 and ${locationCount} locations per run: you picked ${locationCount} monitoring locations.`;
}

// Warnings beside a stored value the user left alone: never errors, since an edit sends only what changed.

export function schemeWithoutServer(kind: "smtp" | "pop3", value: string): string {
  const classic = kind === "smtp" ? " (its classic UI used its own mail server for a blank SMTP server)" : "";
  return `AlertSite has \`${value}\` with no server name. What AlertSite does with that is not documented${classic}; leave it as it is or enter a server.`;
}

export function storedValueNotAccepted(value: string, reason: string): string {
  return `AlertSite has ${value} here, which this console would not accept on a new monitor: ${reason} Leave it as it is, or change it.`;
}
