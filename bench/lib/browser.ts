import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { BENCH, CHROMIUM_ARGS, chromiumPath } from "../config";
import { type SessionCookie } from "./sign-in";

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named inner functions in `__name(...)`;
 * functions handed to the page need that helper to exist there too.
 */
const NAME_HELPER_SCRIPT = "globalThis.__name ??= (fn) => fn;";

export function launchBrowser(): Promise<Browser> {
  // Playwright adds --headless itself.
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS.filter((arg) => arg !== "--headless") });
}

/** A fresh context (empty cache), signed in when a cookie is given. */
export async function newBenchContext(browser: Browser, cookie: SessionCookie | undefined): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: NAME_HELPER_SCRIPT });
  if (cookie)
    await context.addCookies([
      { name: cookie.name, value: cookie.value, url: BENCH.consoleOrigin, httpOnly: true, sameSite: "Lax" },
    ]);
  return context;
}
