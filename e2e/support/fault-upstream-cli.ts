import { runFakeUpstreamProcess } from "@/lib/alertsite/testing/fake-upstream-process";

import { faultUpstreamOptions } from "./fault-upstream";
import { E2E } from "./ports";

// Started by Playwright's webServer list (playwright.config.ts) as its own process.
void runFakeUpstreamProcess("fault-injecting AlertSite", E2E.faultUpstreamPort, faultUpstreamOptions());
