import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLoopbackHost } from "./loopback-host";
import { startTestSandbox, type TestSandbox } from "./test-support";

describe("isLoopbackHost", () => {
  it.each(["localhost", "localhost:4010", "127.0.0.1:4010", "[::1]:4010", "LOCALHOST:1"])("accepts %j", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "evil.example",
    "evil.example:4010",
    "127.0.0.1.evil.example",
    "localhost.evil.example",
    "10.0.0.1:4010",
  ])("refuses %j", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe("the sandbox server", () => {
  let sandbox: TestSandbox;
  beforeAll(async () => void (sandbox = await startTestSandbox()));
  afterAll(() => sandbox.close());

  function demoLoginsAs(host: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const call = request(
        { host: "127.0.0.1", port: sandbox.port, path: "/demo-logins", headers: { host } },
        (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      call.on("error", reject);
      call.end();
    });
  }

  it("refuses a request whose Host is another name (DNS rebinding), without its demo logins", async () => {
    const answer = await demoLoginsAs(`rebound.example:${sandbox.port}`);
    expect(answer.status).toBe(421);
    expect(answer.body).toContain("answers only requests addressed to localhost");
    expect(answer.body).not.toContain("password");
  });

  it("answers the same request addressed to 127.0.0.1", async () => {
    const answer = await demoLoginsAs(`127.0.0.1:${sandbox.port}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("demo@example.com");
  });
});
