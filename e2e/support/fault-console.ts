import { expect, type Page } from "@playwright/test";
import { SIGN_IN_LANDING } from "./console";
import { FAULT_USER } from "./fault-scenarios";
import { E2E } from "./ports";
import { alertSiteTokenFromSession } from "./session-cookie";

/** Signs in to the console that runs on the fault-injecting AlertSite and opens the create form; returns the token. */
export async function openCreateFormOnFaultConsole(page: Page): Promise<string> {
  await page.goto(`${E2E.faultConsoleUrl}/monitors/new`);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("AlertSite email").fill(FAULT_USER.email);
  await page.getByLabel("Password").fill(FAULT_USER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${E2E.faultConsoleUrl}/monitors/new`, SIGN_IN_LANDING);
  await expect(page.getByRole("heading", { name: "New round-trip email monitor" })).toBeVisible();
  return alertSiteTokenFromSession(page.context());
}

/** How many creates the fault upstream received for a monitor name. */
export async function upstreamCreates(name: string): Promise<number> {
  const response = await fetch(`${E2E.faultUpstreamOrigin}/__fault/creates?name=${encodeURIComponent(name)}`);
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("count" in body) || typeof body.count !== "number")
    throw new Error("unexpected answer");
  return body.count;
}

/** Lets a create the fault upstream is holding (`[fault:hold]`) answer now. */
export async function releaseHeldCreate(name: string): Promise<void> {
  const response = await fetch(`${E2E.faultUpstreamOrigin}/__fault/release?name=${encodeURIComponent(name)}`, {
    method: "POST",
  });
  if (!response.ok) throw new Error(`nothing was held for ${name}`);
}
