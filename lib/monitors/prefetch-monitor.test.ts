import { dehydrate, QueryClient } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeUpstream, startFakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import { useConsoleEnvironment } from "@/lib/api/testing/route-harness";
import { prefetchMonitor, prefetchMonitorPage } from "./prefetch-monitor";
import { monitorKeys, type MonitorPageData } from "./queries";

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

describe("prefetchMonitorPage", () => {
  let paged: FakeUpstream;
  let statusAnswer: { status: number; json: unknown };

  beforeAll(async () => {
    paged = await startFakeUpstream({
      rules: [
        {
          method: "GET",
          path: "/api/v3/monitors/123456",
          reply: { json: { id: 123456, type: "email-round-trip", name: "Billing", enabled: true } },
        },
        { method: "GET", path: "/api/v3/monitors/999999", reply: { status: 404, json: { errors: [] } } },
        { method: "GET", path: "/api/v3/report-sitestatus", reply: () => statusAnswer },
      ],
    });
  });
  afterAll(async () => {
    useConsoleEnvironment(upstream.baseUrl);
    await paged.close();
  });
  beforeEach(() => {
    useConsoleEnvironment(paged.baseUrl);
    statusAnswer = { status: 200, json: { results: [] } };
  });

  it("reads the monitor and its status into the cache the monitor page hands to the browser", async () => {
    const queryClient = freshClient();
    expect(await prefetchMonitorPage(queryClient, TOKEN, "123456")).toEqual({ outcome: "loaded" });
    const data = queryClient.getQueryData<MonitorPageData>(monitorKeys.page("123456"));
    expect(data?.monitor).toMatchObject({ id: "123456", name: "Billing" });
    expect(data?.health.status).toBe("available");
    expect(paged.requests.map((request) => request.url)).toContain("/api/v3/report-sitestatus?monitors=123456");
  });

  it("still loads the page when the status call fails, saying status is unavailable", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    statusAnswer = { status: 500, json: { errors: [{ code: 500, message: "Report engine down" }] } };
    const queryClient = freshClient();
    expect(await prefetchMonitorPage(queryClient, TOKEN, "123456")).toEqual({ outcome: "loaded" });
    const data = queryClient.getQueryData<MonitorPageData>(monitorKeys.page("123456"));
    expect(data?.health).toEqual({ status: "unavailable", message: expect.stringMatching(/^Status is unavailable/) });
  });

  it("tells a monitor AlertSite does not have apart", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await prefetchMonitorPage(freshClient(), TOKEN, "999999")).toEqual({ outcome: "not-found" });
  });
});
