import { startFakeUpstream, type FakeUpstreamOptions } from "./fake-upstream";

// Runs the fake AlertSite as its own process (Playwright's webServer, the bench) on a fixed
// loopback port, until SIGTERM or SIGINT. The caller's file is the CLI:
//   tsx e2e/support/fault-upstream-cli.ts        (port from E2E_FAULT_UPSTREAM_PORT)
//   tsx bench/servers/fast-upstream.ts <port>

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EADDRINUSE";
}

/** Starts the fake with these options on `port`, logs where, and stops it on a signal. */
export async function runFakeUpstreamProcess(
  name: string,
  port: number,
  options: Omit<FakeUpstreamOptions, "port">,
): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${name}: needs a port between 1 and 65535 (got ${String(port)}).`);
    process.exit(2);
  }
  try {
    const fake = await startFakeUpstream({ ...options, port });
    console.log(`${name} listening on ${fake.baseUrl}`);
    const stop = () => void fake.close().finally(() => process.exit(0));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    const reason = isAddressInUse(error)
      ? `port ${port} on 127.0.0.1 is already in use`
      : error instanceof Error
        ? error.message
        : String(error);
    console.error(`${name} could not start: ${reason}.`);
    process.exit(1);
  }
}
