import { expect, type Page } from "@playwright/test";
import { alertSiteTokenFromSession } from "./session-cookie";

export const DEMO = { email: "demo@example.com", password: "demo-password" } as const;
export const READ_ONLY = { email: "readonly@example.com", password: "readonly-password" } as const;

/**
 * Signing in lands on a page the server renders after asking AlertSite; on a busy two-core CI machine
 * that can take longer than the default 10 s expectation, though nothing is wrong.
 */
export const SIGN_IN_LANDING = { timeout: 30_000 } as const;

/** The list reads every monitor from AlertSite in the browser (issue #16 moves it to the server): slow on a busy machine. */
export const LIST_LOADED = { timeout: 30_000 } as const;

/** Signs in through the real sign-in form, as a person would, and waits to land on `expectPath`. */
export async function signIn(
  page: Page,
  user: { email: string; password: string } = DEMO,
  { from = "/monitors", expectPath = /\/monitors/ }: { from?: string; expectPath?: RegExp } = {},
): Promise<void> {
  await page.goto(from);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("AlertSite email").fill(user.email);
  await page.getByLabel("Password", { exact: false }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(expectPath, SIGN_IN_LANDING);
  // Noted for the end-of-run scan: this token must never show up in the server logs.
  await alertSiteTokenFromSession(page.context());
}
