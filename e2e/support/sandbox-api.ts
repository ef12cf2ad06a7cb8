import { DEMO } from "./console";
import { E2E } from "./ports";

/** Talks to the sandbox directly (as AlertSite's own API), to set up a monitor a test owns. */
async function sandboxToken(): Promise<string> {
  const response = await fetch(`${E2E.sandboxUrl}/access-tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: DEMO.email, password: DEMO.password }),
  });
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("access_token" in body) || typeof body.access_token !== "string") {
    throw new Error(`sandbox sign-in failed: ${response.status}`);
  }
  return body.access_token;
}

export async function createSandboxMonitor(fields: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${E2E.sandboxUrl}/monitors/email-round-trip`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${await sandboxToken()}` },
    body: JSON.stringify({
      billing_plancode: "UBM - A/A",
      smtp_hostname: "smtps://smtp.example.com:465",
      pop3_hostname: "pop3s://pop.example.com:995",
      email: "edit-me@example.com",
      ...fields,
    }),
  });
  const body: unknown = await response.json();
  if (
    response.status !== 200 ||
    typeof body !== "object" ||
    body === null ||
    !("id" in body) ||
    typeof body.id !== "string"
  ) {
    throw new Error(`sandbox create failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.id;
}

/** Deletes a monitor behind the console's back, as another AlertSite user would. */
export async function deleteSandboxMonitor(id: string): Promise<void> {
  const response = await fetch(`${E2E.sandboxUrl}/monitors/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${await sandboxToken()}` },
  });
  if (!response.ok) throw new Error(`sandbox delete failed: ${response.status}`);
}

/**
 * Deletes every monitor whose name starts with `prefix`: specs that create dozens of monitors clean
 * up after themselves, so the list's first page still holds the seeds the list specs look for.
 */
export async function deleteSandboxMonitorsNamed(prefix: string): Promise<void> {
  const token = await sandboxToken();
  const response = await fetch(`${E2E.sandboxUrl}/monitors`, { headers: { Authorization: `Bearer ${token}` } });
  const body: unknown = await response.json();
  const results =
    typeof body === "object" && body !== null && "results" in body && Array.isArray(body.results) ? body.results : [];
  for (const monitor of results as unknown[]) {
    if (typeof monitor !== "object" || monitor === null || !("name" in monitor) || !("id" in monitor)) continue;
    if (typeof monitor.name === "string" && monitor.name.startsWith(prefix)) {
      await deleteSandboxMonitor(String(monitor.id));
    }
  }
}
