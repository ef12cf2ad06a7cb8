import { expect } from "vitest";
import { type AlertSiteError, isAlertSiteError } from "../errors";

/** The AlertSiteError a call rejects with; fails the test if it resolves or rejects with anything else. */
export async function expectFailure(call: Promise<unknown>): Promise<AlertSiteError> {
  const outcome = await call.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`Expected an AlertSiteError, got ${JSON.stringify(outcome.value)}`);
  expect(isAlertSiteError(outcome.error), String(outcome.error)).toBe(true);
  if (!isAlertSiteError(outcome.error)) throw outcome.error;
  return outcome.error;
}

/** None of the secrets appears anywhere a failure could be shown or logged. */
export function expectNoSecrets(error: AlertSiteError, secrets: readonly string[]): void {
  const visible = [error.message, error.cause ?? "", ...error.errors.map((e) => e.message), String(error.stack)];
  for (const secret of secrets) {
    for (const text of visible) expect(text).not.toContain(secret);
  }
}
