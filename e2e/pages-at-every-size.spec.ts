import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { signIn } from "./support/console";

// A seed monitor of the sandbox, and an id it never has.
const SEED_ID = "123456";
const MISSING_ID = "999999999";

type Visit = {
  name: string;
  path: string;
  ready: (page: Page) => Locator;
  /** Runs on the page before it is opened, e.g. to select monitors for a bulk page; may give the path. */
  prepare?: (page: Page) => Promise<string | void>;
};

/** The list's selection as the list keeps it (sessionStorage), here the seed monitor alone. */
async function selectSeedMonitor(page: Page): Promise<void> {
  await page.evaluate((id) => window.sessionStorage.setItem("monitor-selection", JSON.stringify([id])), SEED_ID);
}

const SIGNED_IN_PAGES: readonly Visit[] = [
  {
    name: "list",
    path: "/monitors",
    // The table from md up, cards below: one of them is shown.
    ready: (page) => page.getByRole("link", { name: `Edit Billing mailbox round trip` }),
  },
  {
    name: "monitor",
    path: `/monitors/${SEED_ID}`,
    ready: (page) => page.getByRole("heading", { level: 1, name: "Billing mailbox round trip" }),
  },
  {
    name: "activity",
    path: "/activity",
    ready: (page) => page.getByRole("heading", { level: 1, name: "Activity" }),
  },
  { name: "new", path: "/monitors/new", ready: (page) => page.getByRole("heading", { level: 1 }) },
  {
    name: "edit",
    path: `/monitors/${SEED_ID}/edit`,
    ready: (page) => page.getByRole("heading", { name: new RegExp(`^Edit monitor ${SEED_ID}`) }),
  },
  {
    name: "bulk-change",
    path: "/monitors/bulk/new?action=edit",
    prepare: selectSeedMonitor,
    ready: (page) => page.getByRole("heading", { level: 1, name: "Change fields on monitors" }),
  },
  {
    name: "bulk-preview",
    path: "/monitors/bulk/new?action=pause",
    prepare: selectSeedMonitor,
    ready: (page) => page.getByRole("heading", { name: /^(Will change|Skipped)/ }),
  },
  {
    name: "bulk-action",
    path: "/monitors/bulk/",
    // A resume of the seed monitor (running already, so AlertSite keeps it as it is), started as the preview does.
    prepare: async (page) => {
      const id = await page.evaluate(async (monitorId) => {
        const response = await fetch("/api/bulk-actions", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ requestKey: crypto.randomUUID(), kind: "resume", monitorIds: [monitorId] }),
        });
        const body = (await response.json()) as { bulkAction: { id: string } };
        return body.bulkAction.id;
      }, SEED_ID);
      return `/monitors/bulk/${id}`;
    },
    ready: (page) => page.getByText("Finished: 1 monitor done."),
  },
  {
    name: "unknown-url",
    path: "/no-such-page",
    ready: (page) => page.getByRole("heading", { name: "Page not found" }),
  },
  {
    name: "missing-monitor",
    path: `/monitors/${MISSING_ID}/edit`,
    ready: (page) => page.getByRole("heading", { name: `Monitor ${MISSING_ID} was not found` }),
  },
];

/** At most four pages a test, so one slow page on a busy machine does not take the others' time. */
const PAGES_PER_TEST = 4;
const PAGE_GROUPS: readonly (readonly Visit[])[] = Array.from(
  { length: Math.ceil(SIGNED_IN_PAGES.length / PAGES_PER_TEST) },
  (_, index) => SIGNED_IN_PAGES.slice(index * PAGES_PER_TEST, (index + 1) * PAGES_PER_TEST),
);

const SIZES = [
  { label: "desktop", width: 1366, height: 900 },
  { label: "phone", width: 390, height: 844 },
] as const;

const SCHEMES = ["light", "dark"] as const;

/** No page may be wider than the screen: nothing scrolls sideways into blank space. */
async function expectNoHorizontalOverflow(page: Page, name: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect
    .soft(widths.page, `${name}: page width ${widths.page} px on a ${widths.screen} px screen`)
    .toBeLessThanOrEqual(widths.screen);
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect
    .soft(
      results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) })),
      `${name}: axe violations`,
    )
    .toEqual([]);
}

/** What the Content-Security-Policy refused on the page (the console logs each refusal). */
function watchCspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

async function check(page: Page, testInfo: TestInfo, visit: Visit, screenshotName: string): Promise<void> {
  // The list waits for AlertSite (the sandbox) once the page is there.
  await expect(visit.ready(page)).toBeVisible({ timeout: 30_000 });
  await expectNoHorizontalOverflow(page, visit.name);
  await expectAxeClean(page, visit.name);
  const file = testInfo.outputPath(screenshotName);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(screenshotName, { path: file, contentType: "image/png" });
}

for (const size of SIZES) {
  for (const scheme of SCHEMES) {
    test.describe(`every page at ${size.width} px, ${scheme}`, () => {
      test.use({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });

      test("the sign-in page fits the screen, passes axe, and is kept as a screenshot", async ({ page }, testInfo) => {
        const cspRefusals = watchCspRefusals(page);
        await page.goto("/sign-in");
        const signInVisit: Visit = {
          name: "sign-in",
          path: "/sign-in",
          ready: (current) => current.getByRole("heading", { name: "Sign in", exact: true }),
        };
        await check(page, testInfo, signInVisit, `sign-in-${size.label}-${scheme}.png`);
        // The whole form, button included, is on the first screen of a phone.
        await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeInViewport({ ratio: 1 });
        expect(cspRefusals).toEqual([]);
      });

      for (const visits of PAGE_GROUPS) {
        const names = visits.map((visit) => visit.name).join(", ");
        test(`${names}: fit the screen, pass axe, and are kept as screenshots`, async ({ page }, testInfo) => {
          // A few pages, each with an axe run, on one sign-in.
          test.slow();
          const cspRefusals = watchCspRefusals(page);
          await signIn(page);
          await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${scheme}\\b`));
          for (const visit of visits) {
            await test.step(visit.name, async () => {
              const path = await visit.prepare?.(page);
              await page.goto(path ?? visit.path);
              await check(page, testInfo, visit, `${visit.name}-${size.label}-${scheme}.png`);
            });
          }
          expect(cspRefusals).toEqual([]);
        });
      }
    });
  }
}
