import { afterEach, describe, expect, it } from "vitest";

import { startFakeUpstream, type FakeUpstream } from "./fake-upstream";

let fake: FakeUpstream | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function call(method: string, path: string): Promise<{ status: number; text: string }> {
  if (!fake) throw new Error("start the fake first");
  const response = await fetch(`${fake.origin}${path}`, { method });
  return { status: response.status, text: await response.text() };
}

describe("the fake AlertSite's rules", () => {
  it("answer by method and path, pass capture groups and the query, and fall through on undefined", async () => {
    fake = await startFakeUpstream({
      rules: [
        { method: "GET", path: "/api/v3/monitors", reply: { json: { results: [] } } },
        { path: /^\/api\/v3\/monitors\/(\d+)$/, reply: (_request, { groups: [id] }) => ({ json: { id } }) },
        { path: "/echo", reply: (_request, { query }) => (query.has("skip") ? undefined : { body: "echo" }) },
        { path: "/echo", reply: { status: 418, body: "next rule" } },
      ],
    });
    expect(await call("GET", "/api/v3/monitors?select=id")).toEqual({ status: 200, text: '{"results":[]}' });
    expect(await call("DELETE", "/api/v3/monitors/42")).toEqual({ status: 200, text: '{"id":"42"}' });
    expect(await call("GET", "/echo")).toEqual({ status: 200, text: "echo" });
    expect(await call("GET", "/echo?skip")).toEqual({ status: 418, text: "next rule" });
  });

  it("let a scripted response win, then a rule, then the fallback answer, and else answer 500", async () => {
    fake = await startFakeUpstream({
      rules: [{ method: "POST", path: "/ruled", reply: { status: 201, body: "rule" } }],
    });
    fake.respond({ status: 202, body: "script" });
    expect(await call("POST", "/ruled")).toEqual({ status: 202, text: "script" });
    expect(await call("POST", "/ruled")).toEqual({ status: 201, text: "rule" });
    expect((await call("GET", "/ruled")).status).toBe(500);
    expect(fake.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /ruled",
      "POST /ruled",
      "GET /ruled",
    ]);
    await fake.close();

    fake = await startFakeUpstream({ answer: () => ({ status: 404, body: "none" }), recordRequests: false });
    expect(await call("GET", "/anything")).toEqual({ status: 404, text: "none" });
    expect(fake.requests).toEqual([]);
  });

  it("answer 500 with the error envelope when a rule throws, and wait for a rule's promise", async () => {
    fake = await startFakeUpstream({
      rules: [
        {
          path: "/broken",
          reply: () => {
            throw new Error("rule failed");
          },
        },
        { path: "/later", reply: () => new Promise((resolve) => setTimeout(() => resolve({ body: "done" }), 20)) },
      ],
    });
    expect(await call("GET", "/broken")).toEqual({
      status: 500,
      text: '{"errors":[{"code":500,"message":"rule failed"}]}',
    });
    expect(await call("GET", "/later")).toEqual({ status: 200, text: "done" });
  });
});
