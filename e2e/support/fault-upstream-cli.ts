import { createFaultUpstream } from "./fault-upstream";
import { E2E } from "./ports";

// Started by Playwright's webServer list (playwright.config.ts) as its own process.
const server = createFaultUpstream();
server.listen(E2E.faultUpstreamPort, "127.0.0.1", () => {
  console.log(`fault-injecting AlertSite listening on ${E2E.faultUpstreamOrigin}/api/v3`);
});
