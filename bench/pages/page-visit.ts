import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Response } from "@playwright/test";
import { BENCH } from "../config";
import { type SessionCookie } from "../lib/sign-in";
import { newBenchContext } from "../lib/browser";
import { type PageSpec } from "./page-specs";
import { librariesIn } from "./script-contents";

// One cold visit per page: every script it loads (gzip level 9 of each body, the way a server that
// compresses well sends it) and what axe finds once the page shows what it is for.

export type ScriptFile = {
  path: string;
  bytes: number;
  gzipBytes: number;
  /** Libraries recognised inside it (see script-contents.ts). */
  contains: string[];
};
export type AxeViolation = { id: string; impact: string | undefined; nodes: number; help: string };
export type PageVisit = { scripts: ScriptFile[]; gzipTotal: number; violations: AxeViolation[] };

const READY_TIMEOUT_MS = 30_000;

async function scriptFile(response: Response): Promise<ScriptFile | undefined> {
  try {
    const body = await response.body();
    return {
      path: new URL(response.url()).pathname,
      bytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
      contains: librariesIn(body.toString("utf8")),
    };
  } catch {
    // A redirect or an aborted request has no body.
    return undefined;
  }
}

export async function visitPage(
  browser: Browser,
  spec: PageSpec,
  cookie: SessionCookie | undefined,
): Promise<PageVisit> {
  const context = await newBenchContext(browser, spec.isSignedIn ? cookie : undefined);
  try {
    const page = await context.newPage();
    const pending: Promise<ScriptFile | undefined>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") pending.push(scriptFile(response));
    });
    await page.goto(`${BENCH.consoleOrigin}${spec.path}`, { waitUntil: "load", timeout: READY_TIMEOUT_MS });
    await page.locator(spec.readySelector).first().waitFor({ state: "visible", timeout: READY_TIMEOUT_MS });
    await page.waitForLoadState("networkidle", { timeout: READY_TIMEOUT_MS });
    const scripts = (await Promise.all(pending)).filter((file): file is ScriptFile => file !== undefined);
    const axe = await new AxeBuilder({ page }).analyze();
    return {
      scripts: scripts.sort((a, b) => b.gzipBytes - a.gzipBytes),
      gzipTotal: scripts.reduce((sum, file) => sum + file.gzipBytes, 0),
      violations: axe.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? undefined,
        nodes: violation.nodes.length,
        help: violation.help,
      })),
    };
  } finally {
    await context.close();
  }
}
