import { expect, type Page, test } from "@playwright/test";
import { FAULT_USER, faultName, type FaultScenario } from "./support/fault-scenarios";
import { openCreateFormOnFaultConsole, upstreamCreates } from "./support/fault-console";
import { MonitorForm, REQUIRED_VALUES } from "./support/monitor-form";
import { E2E, SERVER_LOGS } from "./support/ports";
import { ServerLog } from "./support/server-log";
import { SIGN_IN_LANDING } from "./support/console";
import { MAILBOX_PASSWORDS } from "./support/test-secrets";

// Every way AlertSite can fail a create, end to end: the fault console talks to a fake AlertSite
// that fails as the monitor name asks. Each failure must show a clear message in the form, keep
// every value typed, never show (or run) an HTML error page, and leave exactly one log line on
// the server with the status and the cause but no token or password.

const MAILBOX_PASSWORD = MAILBOX_PASSWORDS.failures;
const FAULT_ORIGIN = E2E.faultUpstreamOrigin.replace(/[.]/g, "\\.");

type FaultCase = {
  scenario: FaultScenario;
  /** The console's HTTP answer to the browser. */
  status: number;
  /** AlertSite's status in the log line, or "none" when no answer arrived. */
  upstream: string;
  /** Every one must be in the alert above the form. */
  messages: (string | RegExp)[];
  /** Messages shown beside a field. */
  fields?: Partial<Record<"billing_plancode" | "interval" | "email", RegExp>>;
  title?: string;
};

// A lost answer is looked up before the console answers (lib/monitors/resolve-outcome.ts); this fake
// never made these monitors, so the user is told it is safe to try again.
const NOT_CREATED = "It was not created: it is safe to try again.";

const CASES: FaultCase[] = [
  {
    scenario: "400-one",
    status: 400,
    upstream: "400",
    messages: ["One field needs a change"],
    fields: { interval: /7 minutes is not offered by plan 'UBM - A\/A'/ },
  },
  {
    scenario: "400-several",
    status: 400,
    upstream: "400",
    messages: ["The account has reached its monitor limit.", "2 fields need a change"],
    fields: { billing_plancode: /plan 'UBM - Gold' does not exist/, email: /the mailbox refuses test messages/ },
  },
  {
    scenario: "400-echo",
    status: 400,
    upstream: "400",
    messages: ["Mailbox login failed with password '[redacted]'."],
  },
  {
    scenario: "401",
    status: 401,
    upstream: "401",
    title: "Your AlertSite session has ended",
    messages: [
      /Your AlertSite session has ended \(AlertSite sign-ins last one hour\)\. Sign in again to carry on; what you typed is kept\./,
    ],
  },
  {
    scenario: "403",
    status: 403,
    upstream: "403",
    messages: [
      /Your AlertSite role can't create or change monitors\./,
      "AlertSite said: Permission denied - your AlertSite role (Read Only) cannot create or change monitors.",
    ],
  },
  { scenario: "404", status: 404, upstream: "404", messages: ["AlertSite said: Record not found"] },
  {
    scenario: "429",
    status: 429,
    upstream: "429",
    messages: [
      "AlertSite is receiving too many requests from your account. Try again in 2 minutes.",
      "AlertSite said: Rate limit exceeded.",
    ],
  },
  {
    scenario: "500",
    status: 500,
    upstream: "500",
    messages: ["AlertSite had a problem on its side.", "AlertSite said: Internal error while saving the monitor."],
  },
  {
    scenario: "502-html",
    status: 502,
    upstream: "502",
    messages: [NOT_CREATED, "AlertSite answered 502 Bad Gateway. Try again in a minute."],
  },
  {
    scenario: "503-html",
    status: 503,
    upstream: "503",
    messages: [NOT_CREATED, "AlertSite answered 503 Service Unavailable. Try again in 30 seconds."],
  },
  {
    scenario: "malformed",
    status: 502,
    upstream: "200",
    messages: [NOT_CREATED, "AlertSite sent an answer the console did not understand."],
  },
  {
    scenario: "reset",
    status: 502,
    upstream: "none",
    messages: [
      NOT_CREATED,
      new RegExp(`The connection to AlertSite at ${FAULT_ORIGIN} broke before the answer arrived\\.`),
    ],
  },
  {
    scenario: "hang",
    status: 504,
    upstream: "none",
    messages: [NOT_CREATED, `AlertSite did not answer within ${E2E.faultTimeoutMs / 1000} seconds.`],
  },
];

const consoleLog = new ServerLog(SERVER_LOGS.faultConsole);

async function fillEverything(form: MonitorForm, name: string): Promise<void> {
  await form.fillRequired({ name });
  await form.openGroup("Schedule");
  await form.field("interval").fill("15");
  await form.openGroup("Mailbox login");
  await form.field("email_username").fill("roundtrip");
  await form.field("email_password").fill(MAILBOX_PASSWORD);
}

async function expectEveryValueKept(form: MonitorForm, name: string): Promise<void> {
  await expect(form.field("name")).toHaveValue(name);
  for (const field of ["billing_plancode", "smtp_hostname", "pop3_hostname", "email"] as const) {
    await expect(form.field(field)).toHaveValue(REQUIRED_VALUES[field]);
  }
  await expect(form.field("interval")).toHaveValue("15");
  await expect(form.field("email_username")).toHaveValue("roundtrip");
  await expect(form.field("email_password")).toHaveValue(MAILBOX_PASSWORD);
}

function failOnDialogs(page: Page): void {
  page.on("dialog", (dialog) => {
    throw new Error(`a page script opened a dialog: ${dialog.message()}`);
  });
}

test.describe("when AlertSite fails a create", () => {
  for (const fault of CASES) {
    test(`${fault.scenario}: the console answers ${fault.status}, says so in the form, keeps every value and logs one line`, async ({
      page,
    }) => {
      failOnDialogs(page);
      const token = await openCreateFormOnFaultConsole(page);
      const form = new MonitorForm(page);
      const name = faultName(fault.scenario, `e2e ${test.info().testId}`);
      await fillEverything(form, name);
      const mark = consoleLog.mark();

      const answer = page.waitForResponse(
        (response) => response.url().endsWith("/api/monitors") && response.request().method() === "POST",
      );
      await page.getByRole("button", { name: "Create monitor" }).click();
      const response = await answer;
      expect(response.status()).toBe(fault.status);
      const requestId = (await response.headerValue("x-request-id")) ?? "missing";

      const alert = page.getByRole("alert").filter({ hasText: fault.title ?? "AlertSite did not create the monitor" });
      await expect(alert).toBeFocused();
      for (const message of fault.messages) await expect(alert).toContainText(message);
      for (const [field, message] of Object.entries(fault.fields ?? {})) {
        await expect(form.field(field)).toHaveAccessibleDescription(message);
        await expect(form.field(field)).toHaveAttribute("aria-invalid", "true");
      }
      // An error page from a gateway is described, never shown.
      const text = (await alert.textContent()) ?? "";
      expect(text).not.toMatch(/<|DOCTYPE|nginx|maintenance|from the gateway page/i);
      expect(text).not.toContain(MAILBOX_PASSWORD);
      await expectEveryValueKept(form, name);
      expect(await upstreamCreates(name)).toBe(1);

      // Other specs use this console at the same time: the request id picks out this create's lines.
      const ours = () => consoleLog.linesSince(mark, new RegExp(`request=${requestId} `));
      await expect.poll(() => ours().length).toBe(1);
      const [line = ""] = ours();
      expect(line).toContain(
        `[alertsite] POST /api/monitors failed: answered=${fault.status} upstream=${fault.upstream}`,
      );
      expect(line).toMatch(/ kind=\w+ request=[\w-]+ cause="AlertSite POST \/monitors\/email-round-trip[^"]+"$/);
      for (const secret of [token, FAULT_USER.password, MAILBOX_PASSWORD]) expect(line).not.toContain(secret);
    });
  }

  test("401: signing in again brings back the form with what was typed (passwords excepted) and it can be sent", async ({
    page,
  }) => {
    await openCreateFormOnFaultConsole(page);
    const form = new MonitorForm(page);
    const name = faultName("401", `resume ${test.info().testId}`);
    await fillEverything(form, name);
    await page.getByRole("button", { name: "Create monitor" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Your AlertSite session has ended" });
    await alert.getByRole("button", { name: "Sign in again" }).click();

    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmonitors%2Fnew&reason=session-ended/);
    await page.getByLabel("AlertSite email").fill(FAULT_USER.email);
    await page.getByLabel("Password").fill(FAULT_USER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${E2E.faultConsoleUrl}/monitors/new`, SIGN_IN_LANDING);
    await expect(form.field("name")).toHaveValue(name);
    await expect(form.field("interval")).toHaveValue("15");
    await expect(form.field("email_password")).toHaveValue("");

    await form.field("name").fill(`Resumed ${test.info().testId}`);
    await form.openGroup("Mailbox login");
    await form.field("email_password").fill(MAILBOX_PASSWORD);
    await page.getByRole("button", { name: "Create monitor" }).click();
    await expect(page.getByRole("heading", { name: "Monitor created" })).toBeVisible();
  });
});
