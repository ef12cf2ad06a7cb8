import { type APIRequestContext, type APIResponse, expect, type Page, test } from "@playwright/test";
import { DEMO, signIn } from "./support/console";
import { MonitorForm } from "./support/monitor-form";
import { createSandboxMonitor } from "./support/sandbox-api";
import {
  type ConsoleInstance,
  startTwoInstances,
  TWO_INSTANCES_START_TIMEOUT_MS,
  type TwoInstances,
} from "./support/two-instances";

// Several instances behind a load balancer: two `next start` consoles of the build under test on one
// PostgreSQL (started here, on 127.0.0.1, from Debian's binaries) with the same NEXTAUTH_SECRET.
// They share one history and one sign-in throttle.
//
// Both listen on 127.0.0.1 on different ports. Browsers scope cookies by host, not port, so the
// session cookie A sets is sent to B too, as it would be to every instance behind one address: the
// user signs in once, on A.

/** The client address the spec, playing the load balancer, writes into X-Forwarded-For (TRUST_PROXY=1). */
const CLIENT_ADDRESS = "203.0.113.7";
const WRONG_PASSWORD = "not-the-password";

let instances: TwoInstances | undefined;

function started(): TwoInstances {
  if (!instances) throw new Error("the two instances did not start");
  return instances;
}

function uniqueName(label: string): string {
  return `${label} ${test.info().testId.slice(-8)}-${Date.now().toString(36)}`;
}

function changesOf(page: Page) {
  return page.getByRole("list", { name: "Changes, newest first" }).locator(":scope > li");
}

async function saveInterval(page: Page, minutes: string, saved: string): Promise<void> {
  const form = new MonitorForm(page);
  await form.openGroup("Schedule");
  await form.field("interval").fill(minutes);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: saved })).toBeVisible();
}

async function csrfToken(request: APIRequestContext, instance: ConsoleInstance): Promise<string> {
  const body: unknown = await (await request.get(`${instance.url}/api/auth/csrf`)).json();
  if (typeof body !== "object" || body === null || !("csrfToken" in body) || typeof body.csrfToken !== "string")
    throw new Error("no csrf token");
  return body.csrfToken;
}

/** Where next-auth's `json=true` answer sends the browser: the sign-in page with the failure in `error=`. */
async function answerUrl(response: APIResponse): Promise<string> {
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("url" in body) || typeof body.url !== "string")
    throw new Error("no url");
  return decodeURIComponent(body.url);
}

test.describe("two instances on one PostgreSQL", () => {
  test.beforeAll(async () => {
    test.setTimeout(TWO_INSTANCES_START_TIMEOUT_MS);
    instances = await startTwoInstances();
  });

  test.afterAll(async () => {
    await instances?.stop();
  });

  // Each instance's first pages are its first requests, on a machine that is also running the other specs.
  test.beforeEach(() => test.slow());

  test("signed in on A, a monitor edited through A and then B: both instances' history shows both, newest first", async ({
    page,
  }) => {
    const { a, b } = started();
    const name = uniqueName("Two instances");
    const id = await createSandboxMonitor({ name, interval: 60 });
    const editPath = `/monitors/${id}/edit`;

    await signIn(page, DEMO, { from: `${a.url}${editPath}`, expectPath: new RegExp(`^${a.url}${editPath}$`) });
    await saveInterval(page, "30", "Saved: Run every 60 minutes → 30 minutes");

    // The same cookie on B: no second sign-in.
    await page.goto(`${b.url}${editPath}`);
    await expect(page).toHaveURL(`${b.url}${editPath}`);
    await expect(page.getByRole("heading", { level: 1, name: `Edit monitor ${id}: ${name}` })).toBeVisible();
    await saveInterval(page, "15", "Saved: Run every 30 minutes → 15 minutes");

    const throughB = "demo@example.com changed Run every from 30 minutes to 15 minutes";
    const throughA = "demo@example.com changed Run every from 60 minutes to 30 minutes";
    for (const instance of [a, b]) {
      await page.goto(`${instance.url}/monitors/${id}`);
      await expect(page.getByRole("region", { name: "History" })).toBeVisible();
      await expect(changesOf(page)).toHaveCount(2);
      await expect(changesOf(page).nth(0)).toContainText(throughB);
      await expect(changesOf(page).nth(1)).toContainText(throughA);
      await expect(changesOf(page).nth(0)).toContainText("Done");
      await expect(changesOf(page).nth(1)).toContainText("Done");

      await page.goto(`${instance.url}/activity?q=${encodeURIComponent(name)}`);
      await expect(page.getByRole("heading", { name: "2 changes match these filters" })).toBeVisible();
      await expect(changesOf(page).nth(0)).toContainText(throughB);
      await expect(changesOf(page).nth(1)).toContainText(throughA);
    }
  });

  test("failed sign-ins on A and on B count against one limit: B refuses after attempts made mostly on A", async ({
    browser,
  }) => {
    const { a, b } = started();
    const client = { "X-Forwarded-For": CLIENT_ADDRESS };
    const context = await browser.newContext({ extraHTTPHeaders: client });
    try {
      // Ten wrong passwords for one email from one address (lib/auth/throttle.ts refuses the eleventh):
      // seven on A, three on B. Sent together, so the throttle's growing delays overlap.
      const token = await csrfToken(context.request, a);
      const wrongPassword = (instance: ConsoleInstance) =>
        context.request.post(`${instance.url}/api/auth/callback/credentials`, {
          headers: client,
          form: { csrfToken: token, email: DEMO.email, password: WRONG_PASSWORD, json: "true" },
        });
      const attempts = await Promise.all([
        ...Array.from({ length: 7 }, () => wrongPassword(a)),
        ...Array.from({ length: 3 }, () => wrongPassword(b)),
      ]);
      // Each reached AlertSite (the sandbox) and was turned down there: none was refused by the throttle yet.
      for (const attempt of attempts) expect(await answerUrl(attempt)).toContain("User authentication failed");

      // On B, which saw only three of them, even the right password is now refused, in plain words.
      const page = await context.newPage();
      await page.goto(`${b.url}/sign-in`);
      await page.getByLabel("AlertSite email").fill(DEMO.email);
      await page.getByLabel("Password").fill(DEMO.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      const refusal = page.getByRole("alert").filter({ hasText: "Sign-in is paused" });
      await expect(refusal).toContainText(/Too many failed sign-ins for this email\. Try again in \d+ minutes?\./);
      await expect(page).toHaveURL(`${b.url}/sign-in`);
    } finally {
      await context.close();
    }
  });
});
