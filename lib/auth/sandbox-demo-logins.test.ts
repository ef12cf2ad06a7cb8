import { createServer } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { resetConfigForTests } from "@/lib/config";
import { DEMO_USERS } from "@/lib/sandbox/demo-users";
import { startSandbox } from "@/lib/sandbox/server";

import { fetchSandboxDemoLogins } from "./sandbox-demo-logins";

const saved = { url: process.env.ALERTSITE_API_URL, port: process.env.ALERTSITE_SANDBOX_PORT };

function useEnvironment(url: string | undefined, port: number): void {
  if (url === undefined) delete process.env.ALERTSITE_API_URL;
  else process.env.ALERTSITE_API_URL = url;
  process.env.ALERTSITE_SANDBOX_PORT = String(port);
  resetConfigForTests();
}

/** A port nothing listens on: taken from a server that is closed again at once. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return address.port;
}

afterEach(() => {
  for (const [name, value] of [
    ["ALERTSITE_API_URL", saved.url],
    ["ALERTSITE_SANDBOX_PORT", saved.port],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetConfigForTests();
});

describe("the sign-in page's demo logins", () => {
  it("are the sandbox's own when the console runs on the sandbox", async () => {
    const sandbox = await startSandbox({ port: 0, dataFile: null });
    try {
      useEnvironment(undefined, sandbox.port);
      expect(await fetchSandboxDemoLogins()).toEqual(
        DEMO_USERS.map(({ email, password, description }) => ({ email, password, description })),
      );
    } finally {
      await sandbox.close();
    }
  });

  it("are none on the real AlertSite, even with a sandbox running on the configured port", async () => {
    const sandbox = await startSandbox({ port: 0, dataFile: null });
    try {
      useEnvironment(sandbox.url, sandbox.port);
      expect(await fetchSandboxDemoLogins()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it("are none when the sandbox does not answer", async () => {
    useEnvironment(undefined, await freePort());
    expect(await fetchSandboxDemoLogins()).toEqual([]);
  });
});
