import path from "node:path";
import { BENCH, ROOT } from "../config";
import { assertPortFree } from "../lib/ports";
import { startProcess, waitUntilServing, type ChildServer } from "../lib/processes";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** The parent's environment without anything that would point a child at another upstream or build. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(ALERTSITE_|NEXTAUTH_|SANDBOX_|NEXT_DIST_DIR$|CONSOLE_BENCH$|TRUST_PROXY$)/.test(name)) delete env[name];
  }
  return env;
}

function tsxProcess(name: string, script: string, args: readonly string[], env: NodeJS.ProcessEnv): ChildServer {
  return startProcess({ name, command: process.execPath, args: ["--import", "tsx", script, ...args], env, cwd: ROOT });
}

export async function startFastUpstream(): Promise<ChildServer> {
  await assertPortFree(BENCH.host, BENCH.upstreamPort);
  const server = tsxProcess(
    "fast upstream",
    "bench/servers/fast-upstream.ts",
    [String(BENCH.upstreamPort)],
    cleanEnv(),
  );
  await waitUntilServing(server, `http://${BENCH.host}:${BENCH.upstreamPort}/health`, {
    timeoutMs: 30_000,
    isReady: (status) => status === 200,
  });
  return server;
}

/** The sandbox with its seed monitors plus `generatedMonitors` generated ones, kept in memory only. */
export async function startSandboxServer(generatedMonitors: number): Promise<ChildServer> {
  await assertPortFree(BENCH.host, BENCH.sandboxPort);
  const server = tsxProcess("sandbox", "lib/sandbox/cli.ts", [], {
    ...cleanEnv(),
    ALERTSITE_SANDBOX_PORT: String(BENCH.sandboxPort),
    SANDBOX_DATA_FILE: "memory",
    SANDBOX_TOKEN_TTL_SECONDS: "3600",
    SANDBOX_GENERATED_MONITORS: String(generatedMonitors),
  });
  await waitUntilServing(server, `http://${BENCH.host}:${BENCH.sandboxPort}/health`, {
    timeoutMs: 60_000,
    isReady: (status) => status === 200,
  });
  return server;
}

/** `url`: an AlertSite API on loopback of the phase's own (the bulk phase's counting proxy). */
export type ConsoleUpstream = { kind: "fast" } | { kind: "sandbox" } | { kind: "url"; url: string };

function upstreamEnv(upstream: ConsoleUpstream): Record<string, string> {
  if (upstream.kind === "fast") return { ALERTSITE_API_URL: BENCH.upstreamUrl };
  if (upstream.kind === "url") return { ALERTSITE_API_URL: upstream.url };
  return { ALERTSITE_SANDBOX_PORT: String(BENCH.sandboxPort), ALERTSITE_SANDBOX_IN_PRODUCTION: "1" };
}

/** `next start` of the bench build, talking to the fast upstream, the sandbox or `url`; `env` adds to its environment. */
export async function startConsole(upstream: ConsoleUpstream, env: Record<string, string> = {}): Promise<ChildServer> {
  await assertPortFree(BENCH.host, BENCH.consolePort);
  const server = startProcess({
    name: `console (${upstream.kind} upstream)`,
    command: process.execPath,
    args: [NEXT_BIN, "start", "-H", BENCH.host, "-p", String(BENCH.consolePort)],
    cwd: ROOT,
    env: {
      ...cleanEnv(),
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH.distDir,
      CONSOLE_BENCH: "1",
      NEXTAUTH_SECRET: BENCH.secret,
      NEXTAUTH_URL: BENCH.consoleOrigin,
      ALERTSITE_TIMEOUT_MS: "15000",
      ...upstreamEnv(upstream),
      ...env,
    },
  });
  await waitUntilServing(server, `${BENCH.consoleOrigin}/api/auth/csrf`, { timeoutMs: 60_000 });
  return server;
}
