import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

import { TokenIssuer } from "./auth";
import { demoUsers } from "./demo-users";
import { SandboxHttpError, errorEnvelope, sendJson } from "./http";
import { isLoopbackHost } from "./loopback-host";
import { API_BASE_PATH, createRequestHandler } from "./routes";
import { MonitorStore } from "./store";

export type SandboxOptions = {
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** JSON file for user-made changes; null or omitted keeps them in memory only. */
  dataFile?: string | null;
  /** Lifetime of access tokens; AlertSite's is one hour. */
  tokenTtlSeconds?: number;
  /** Extra deterministic round-trip monitors, in memory only. */
  generatedMonitors?: number;
  /**
   * Logins whose reads vary as AlertSite's documentation allows (read-variations.ts); naming
   * `varied@example.com` also adds that login.
   */
  readVariations?: readonly string[];
  /** One line per request; never receives headers, tokens or bodies. */
  log?: (line: string) => void;
  /** Adds `POST /__sandbox/expire-tokens` (outside the API path) so end-to-end tests can end sessions. */
  testControls?: boolean;
  /** Clock in milliseconds, for tests of token expiry. */
  now?: () => number;
};

export type RunningSandbox = {
  /** Base URL including the API path, e.g. http://127.0.0.1:4010/api/v3 */
  url: string;
  port: number;
  close(): Promise<void>;
};

function logLine(req: IncomingMessage, res: ServerResponse, startedAt: number): string {
  const duration = Math.round(performance.now() - startedAt);
  const outcome = res.writableFinished ? String(res.statusCode) : `${res.statusCode} (aborted)`;
  return `${req.method ?? "?"} ${req.url ?? "/"} ${outcome} ${duration}ms`;
}

function sendFailure(res: ServerResponse, error: unknown, log: (line: string) => void): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof SandboxHttpError) {
    sendJson(res, error.status, errorEnvelope(error.status, error.messages), error.headers);
    return;
  }
  log(`sandbox error: ${error instanceof Error ? error.message : String(error)}`);
  sendJson(res, 500, errorEnvelope(500, ["The sandbox could not complete the request."]));
}

function hostForUrl(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      if (address === null || typeof address === "string") reject(new Error("The sandbox has no TCP address."));
      else resolve(address);
    });
  });
}

/** Starts a look-alike of AlertSite Management API v3 (round-trip email monitors) on node:http. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => undefined);
  const store = await MonitorStore.open({
    dataFile: options.dataFile ?? null,
    generatedMonitors: options.generatedMonitors ?? 0,
  });
  const variedLogins = new Set((options.readVariations ?? []).map((login) => login.trim().toLowerCase()));
  const users = demoUsers(variedLogins);
  const tokens = new TokenIssuer((options.tokenTtlSeconds ?? 3600) * 1000, options.now ?? Date.now, users);
  const handle = createRequestHandler({
    store,
    tokens,
    users,
    variedLogins,
    testControls: options.testControls ?? false,
    now: options.now,
  });

  const server = createServer((req, res) => {
    const startedAt = performance.now();
    res.once("close", () => log(logLine(req, res, startedAt)));
    if (!isLoopbackHost(req.headers.host)) {
      const message = "The sandbox answers only requests addressed to localhost, 127.0.0.1 or [::1].";
      sendJson(res, 421, errorEnvelope(421, [message]));
      return;
    }
    handle(req, res).catch((error: unknown) => sendFailure(res, error, log));
  });
  const address = await listen(server, options.port ?? 0, host);

  return {
    url: `http://${hostForUrl(host)}:${address.port}${API_BASE_PATH}`,
    port: address.port,
    async close() {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      await closed;
      await store.flush();
    },
  };
}
