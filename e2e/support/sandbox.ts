import { type BrowserContext } from "@playwright/test";
import { E2E } from "./ports";
import { alertSiteTokenFromSession } from "./session-cookie";

/** Ends this browser's AlertSite session in the sandbox, as if its hour had passed (other tests' sessions go on). */
export async function expireSandboxSession(context: BrowserContext): Promise<void> {
  const token = await alertSiteTokenFromSession(context);
  const response = await fetch(E2E.sandboxUrl.replace(/\/api\/v3$/, "/__sandbox/expire-tokens"), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ access_token: token }),
  });
  if (response.status !== 204) throw new Error(`the sandbox did not expire the session: ${response.status}`);
}
