import { type Locator, type Page } from "@playwright/test";

export const REQUIRED_VALUES = {
  billing_plancode: "UBM - A/A",
  name: "E2E round trip",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip-e2e@example.com",
} as const;

/** The monitor form, found the way portals and browsers find it: by the API field names. */
export class MonitorForm {
  constructor(readonly page: Page) {}

  field(name: string): Locator {
    return this.page.locator(`form [name="${name}"]`);
  }

  /** Opens the folded section whose title starts with `title`; sections with required fields are always open. */
  async openGroup(title: string): Promise<void> {
    const group = this.page.locator("form details", { has: this.page.locator("summary h2", { hasText: title }) });
    if ((await group.count()) === 0) return;
    // Leaving a field can show a notice under it (e.g. the mailbox check), which moves what is below:
    // leave it first, so the click lands where the section is once the page has settled.
    await this.page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    if (!(await group.evaluate((element) => element instanceof HTMLDetailsElement && element.open))) {
      await group.locator("summary").click();
    }
  }

  async fillRequired(values: Partial<Record<keyof typeof REQUIRED_VALUES, string>> = {}): Promise<void> {
    for (const [name, value] of Object.entries({ ...REQUIRED_VALUES, ...values })) {
      await this.field(name).fill(value);
    }
  }

  /** Counts the browser's calls to the console's create/edit routes. */
  countWrites(): { readonly count: number } {
    const counter = { count: 0 };
    this.page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/monitors") && ["POST", "PATCH"].includes(request.method())) {
        counter.count += 1;
      }
    });
    return counter;
  }
}
