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

/** Creates a monitor on the fault upstream directly (as AlertSite's own API); returns its id. */
export async function createFaultMonitor(name: string): Promise<string> {
  const api = `${E2E.faultUpstreamOrigin}/api/v3`;
  const signIn = await fetch(`${api}/access-tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: FAULT_USER.email, password: FAULT_USER.password }),
  });
  const session: unknown = await signIn.json();
  if (typeof session !== "object" || session === null || !("access_token" in session))
    throw new Error("fault upstream sign-in failed");
  const response = await fetch(`${api}/monitors/email-round-trip`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${String(session.access_token)}` },
    body: JSON.stringify({
      name,
      billing_plancode: "UBM - A/A",
      smtp_hostname: "smtps://smtp.example.com:465",
      pop3_hostname: "pop3s://pop.example.com:995",
      email: "faulty@example.com",
      enabled: true,
    }),
  });
  const body: unknown = await response.json();
  if (!response.ok || typeof body !== "object" || body === null || !("id" in body))
    throw new Error(`fault upstream create failed: ${response.status}`);
  return String(body.id);
}

/** Signs in to the fault console as `email` (any login works there) and waits for the list. */
export async function signInToFaultConsole(page: Page, email: string, from = "/monitors"): Promise<void> {
  await page.goto(`${E2E.faultConsoleUrl}${from}`);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("AlertSite email").fill(email);
  await page.getByLabel("Password").fill(FAULT_USER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${E2E.faultConsoleUrl}${from}`, SIGN_IN_LANDING);
}

/** What the fault upstream received for these monitors: each PATCH body (oldest first) and each DELETE. */
export async function upstreamChanges(
  ids: readonly string[],
): Promise<{ patches: { id: number; body: Record<string, unknown> }[]; deletes: number[] }> {
  const response = await fetch(`${E2E.faultUpstreamOrigin}/__fault/changes?ids=${ids.join(",")}`);
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("patches" in body) || !("deletes" in body))
    throw new Error("unexpected answer");
  const { patches, deletes } = body;
  if (!Array.isArray(patches) || !Array.isArray(deletes)) throw new Error("unexpected answer");
  return {
    patches: patches.map((patch: unknown) => {
      if (typeof patch !== "object" || patch === null || !("id" in patch) || !("body" in patch))
        throw new Error("unexpected patch");
      const { id, body: sent } = patch;
      if (typeof sent !== "object" || sent === null) throw new Error("unexpected patch body");
      return { id: Number(id), body: Object.fromEntries(Object.entries(sent)) };
    }),
    deletes: deletes.map(Number),
  };
}
