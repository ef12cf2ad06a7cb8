/**
 * A test id as the console carries it: AlertSite's number, or a short token starting with a letter or
 * digit (never "." or "..", which would climb AlertSite's path), without a slash or a space.
 */
const TEST_ID = /^[A-Za-z0-9][\w.:-]{0,99}$/;

export function isTestId(value: unknown): value is string {
  return typeof value === "string" && TEST_ID.test(value);
}
