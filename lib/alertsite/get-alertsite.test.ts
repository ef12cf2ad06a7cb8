import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { getAlertSite } from "./index";
import { startFakeUpstream } from "./testing/fake-upstream";

const savedUrl = process.env.ALERTSITE_API_URL;

afterEach(() => {
  if (savedUrl === undefined) delete process.env.ALERTSITE_API_URL;
  else process.env.ALERTSITE_API_URL = savedUrl;
  resetConfigForTests();
});

describe("getAlertSite", () => {
  it("builds one client from the configuration and talks to the configured URL", async () => {
    const upstream = await startFakeUpstream();
    try {
      process.env.ALERTSITE_API_URL = upstream.baseUrl;
      resetConfigForTests();

      expect(getAlertSite()).toBe(getAlertSite());
      upstream.respond({ json: { access_token: "t" } });
      await getAlertSite().signIn({ username: "a@example.com", password: "p" });
      expect(upstream.lastRequest().url).toBe("/api/v3/access-tokens");
    } finally {
      await upstream.close();
    }
  });
});
