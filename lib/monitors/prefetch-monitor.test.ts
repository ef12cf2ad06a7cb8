import { dehydrate, QueryClient } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import { useConsoleEnvironment } from "@/lib/api/testing/route-harness";
import { prefetchMonitor } from "./prefetch-monitor";
import { monitorKeys } from "./queries";

const TOKEN = "tok-prefetch-SECRET-0123456789";

let upstream: FakeUpstream;
let restoreEnvironment: () => void;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
});
beforeEach(() => upstream.reset());
afterEach(() => vi.restoreAllMocks());

function freshClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe("prefetchMonitor", () => {
  it("reads the monitor with the user's token into the cache the page hands to the browser", async () => {
    upstream.respond({ json: { id: 123456, type: "email-round-trip", name: "Billing", email_password: "stored" } });
    const queryClient = freshClient();

    expect(await prefetchMonitor(queryClient, TOKEN, "123456")).toEqual({ outcome: "loaded" });

    expect(upstream.lastRequest().url).toBe("/api/v3/monitors/123456");
    expect(upstream.lastRequest().headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(queryClient.getQueryData(monitorKeys.detail("123456"))).toMatchObject({ id: "123456", name: "Billing" });
    const handedOver = JSON.stringify(dehydrate(queryClient));
    expect(handedOver).toContain('"name":"Billing"');
    expect(handedOver).not.toContain("stored");
    expect(handedOver).not.toContain(TOKEN);
  });

  it("tells a monitor AlertSite does not have apart from other failures", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    upstream.respond({ status: 404, json: { errors: [{ code: 404, message: "Record not found" }] } });
    expect(await prefetchMonitor(freshClient(), TOKEN, "999999")).toEqual({ outcome: "not-found" });
  });

  it.each([
    {
      name: "401: the session ended",
      script: { status: 401, json: { errors: [{ code: 401, message: "Access token expired." }] } },
      timeoutMs: 5000,
      isSessionEnded: true,
      lead: /^Your AlertSite session has ended/,
    },
    {
      name: "503 gateway page",
      script: { status: 503, headers: { "content-type": "text/html" }, body: "<html>Maintenance</html>" },
      timeoutMs: 5000,
      isSessionEnded: false,
      lead: /^AlertSite answered 503 Service Unavailable\./,
    },
    {
      name: "no answer in time",
      script: { stall: "before-headers" as const },
      timeoutMs: 300,
      isSessionEnded: false,
      lead: /^AlertSite did not answer within 0\.3 seconds\./,
    },
  ])(
    "$name: plain words for the page, one log line without the token",
    async ({ script, timeoutMs, isSessionEnded, lead }) => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      upstream.respond(script);
      useConsoleEnvironment(upstream.baseUrl, timeoutMs);

      const read = await prefetchMonitor(freshClient(), TOKEN, "123456").finally(() =>
        useConsoleEnvironment(upstream.baseUrl),
      );

      expect(read.outcome).toBe("failed");
      if (read.outcome !== "failed") return;
      expect(read.failure.isSessionEnded).toBe(isSessionEnded);
      expect(read.failure.messages[0]).toMatch(lead);
      for (const message of read.failure.messages) expect(message).not.toMatch(/[<>]/);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[alertsite\] page read of monitor 123456 failed: /);
      expect(String(warn.mock.calls[0]?.[0])).not.toContain(TOKEN);
    },
  );
});
