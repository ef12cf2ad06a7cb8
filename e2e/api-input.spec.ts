import { expect, test } from "@playwright/test";
import { openCreateFormOnFaultConsole, upstreamCreates } from "./support/fault-console";
import { REQUIRED_VALUES } from "./support/monitor-form";
import { E2E } from "./support/ports";

// Bad input through the real server (Next's router and proxy.ts included), not only the handlers
// (those are fuzzed in app/api/route-fuzz.test.ts): always a 4xx, never a 5xx, nothing sent on.

const SAME_ORIGIN = { Origin: E2E.faultConsoleUrl, "Content-Type": "application/json" };

test("hostile ids, broken and oversized bodies are refused with a 4xx and create nothing", async ({ page }) => {
  await openCreateFormOnFaultConsole(page);
  const api = page.request;
  const name = `API input ${test.info().testId}`;

  for (const path of [
    "/api/monitors/..%2F..%2Faccess-tokens",
    "/api/monitors/%2e%2e",
    "/api/monitors/0",
    "/api/monitors/-1",
    "/api/monitors/1e3",
    "/api/monitors/123%00",
  ]) {
    const response = await api.get(`${E2E.faultConsoleUrl}${path}`);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
  for (const id of ["..%2F..%2Faccess-tokens", "abc", "0"]) {
    const response = await api.patch(`${E2E.faultConsoleUrl}/api/monitors/${id}`, {
      headers: SAME_ORIGIN,
      data: JSON.stringify({ name }),
    });
    expect(response.status(), id).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ code: 404 }] });
  }

  const create = (data: string) => api.post(`${E2E.faultConsoleUrl}/api/monitors`, { headers: SAME_ORIGIN, data });
  const cases: [string, string, number][] = [
    ["not JSON", "{name:", 400],
    ["empty", "", 400],
    ["an array", JSON.stringify([{ ...REQUIRED_VALUES, name }]), 400],
    ["a string", JSON.stringify(name), 400],
    ["wrong types", JSON.stringify({ ...REQUIRED_VALUES, name, interval: "often", enabled: "maybe" }), 400],
    ["over 64 KiB", JSON.stringify({ ...REQUIRED_VALUES, name, note: "x".repeat(100 * 1024) }), 413],
  ];
  for (const [label, body, status] of cases) {
    const response = await create(body);
    expect(response.status(), label).toBe(status);
    const envelope: unknown = await response.json();
    expect(envelope, label).toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ code: status, message: expect.any(String) })]),
    });
  }
  expect(await upstreamCreates(name)).toBe(0);
});
