import { plural } from "@/lib/plural";
import { fieldLabel } from "./fields";
import {
  type LimitedTextField,
  MAX_INTERVAL_MINUTES,
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
  interval: `Run every: a whole number of minutes, from 1 to ${MAX_INTERVAL_MINUTES.toLocaleString("en-US")} minutes (one day).`,
  timeout: `Time limit: 1 to ${MAX_TIMEOUT_SECONDS} seconds, in whole seconds, shorter than Run every.`,
  homeLocation: "Main location: choose one of the monitoring locations.",
  locationCount: "Locations per run: a whole number, at least 1 location.",
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
  port: "Port: a number from 1 to 65535, e.g. smtps://smtp.example.com:465.",
  homeLocationNotChosen: "Choose the main location from the monitoring locations you picked.",
} as const;

export function locationChosenTwice(id: number): string {
  return `Location ${id} is chosen twice: choose each location once.`;
}

export function tooLong(field: LimitedTextField, length: number): string {
  const max = TEXT_LIMITS[field];
  return `${fieldLabel(field)}: at most ${max.toLocaleString("en-US")} characters (this is ${plural(length - max, "character", "characters")} too long).`;
}

export function hiddenCharacter(
  field: LimitedTextField,
  found: { codePoint: string; name: string },
  allowLineBreaks: boolean,
): string {
  const allowed = allowLineBreaks ? "Use ordinary text and line breaks only." : "Use ordinary text on one line only.";
  return `${fieldLabel(field)}: remove the hidden character ${found.codePoint} (${found.name}), which can make text show differently from what it is. ${allowed}`;
}

export function timeoutTooLong(interval: number): string {
  const longest = Math.min(interval * 60 - 1, MAX_TIMEOUT_SECONDS);
  return `Time limit: at most ${plural(longest, "second", "seconds")}, shorter than Run every (${plural(interval, "minute", "minutes")}).`;
}

export function tooManyLocationsPerRun(locationCount: number): string {
  return locationCount === 1
    ? "Locations per run: 1 location, since you picked only 1 monitoring location."
    : `Locations per run: 1 to ${locationCount} locations, no more than the monitoring locations you picked.`;
}

// Warnings beside a stored value the user left alone: never errors, since an edit sends only what changed.

export function schemeWithoutServer(kind: "smtp" | "pop3", value: string): string {
  const classic = kind === "smtp" ? " (its classic UI used its own mail server for a blank SMTP server)" : "";
  return `AlertSite has \`${value}\` with no server name. What AlertSite does with that is not documented${classic}; leave it as it is or enter a server.`;
}

export function storedValueNotAccepted(value: string, reason: string): string {
  return `AlertSite has ${value} here, which this console would not accept on a new monitor: ${reason} Leave it as it is, or change it.`;
}
