import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import {
  consoleRequest,
  expectEnvelope,
  routeContext,
  sessionCookie,
  startRouteUpstream,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { POST as exportMonitors } from "./monitors/export/route";

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;

beforeAll(async () => {
  upstream = await startRouteUpstream();
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie();
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
});
beforeEach(() => upstream.reset());

const STORED = [
  {
    id: 1,
    name: "One",
    email: "one@example.com",
    email_password: "stored-secret",
    locations: [{ id: 10, name: "LA" }],
  },
  { id: 2, name: "Two", email: "two@example.com" },
];

function exportRequest(body: unknown) {
  return exportMonitors(
    consoleRequest("/api/monitors/export", { method: "POST", body: JSON.stringify(body), cookie }),
    routeContext({}),
  );
}

describe("POST /api/monitors/export", () => {
  it("answers the chosen monitors as a dated CSV attachment, without a password", async () => {
    upstream.respond({ json: STORED });
    const response = await exportRequest({ format: "csv", monitorIds: ["1"] });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="alertsite-monitors-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    expect(text.split("\r\n")).toHaveLength(2);
    expect(text.split("\r\n")[1]).toMatch(/^1,,One,,,one@example.com,/);
    expect(text).not.toContain("stored-secret");
    expect(text).not.toContain("Two");
  });

  it("answers every monitor as JSON when no ids are sent", async () => {
    upstream.respond({ json: { results: STORED } });
    const response = await exportRequest({ format: "json" });
    const body = (await response.json()) as { monitors: { id: string }[] };
    expect(body.monitors.map((monitor) => monitor.id)).toEqual(["1", "2"]);
  });

  it("refuses a bad request before asking AlertSite, and says so when the chosen monitors are gone", async () => {
    await expectEnvelope(await exportRequest({ format: "xlsx" }), 400);
    expect(upstream.requests).toHaveLength(0);
    upstream.respond({ json: STORED });
    const envelope = await expectEnvelope(await exportRequest({ format: "csv", monitorIds: ["99"] }), 404);
    expect(envelope.errors[0]?.message).toBe(
      "None of the chosen monitors exist now: they were deleted. Reload the list.",
    );
  });
});
