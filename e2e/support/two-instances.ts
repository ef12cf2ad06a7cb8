import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { type PostgresServer, startPostgres } from "../../lib/db/testing/postgres-server";
import { E2E, E2E_SECRET, SERVER_LOGS } from "./ports";

// Two more consoles from the build under test, as two instances behind a load balancer would run:
// one PostgreSQL (DATABASE_URL), the same NEXTAUTH_SECRET, the e2e sandbox as AlertSite. Everything
// listens on 127.0.0.1; stop() ends what start() began, also after a start that failed halfway.

/** Creating a cluster, then two production starts that migrate one database in turns, on a loaded two-core machine. */
export const TWO_INSTANCES_START_TIMEOUT_MS = 180_000;

export type ConsoleInstance = { name: string; url: string; logFile: string };

export type TwoInstances = {
  a: ConsoleInstance;
  b: ConsoleInstance;
  /** Ends both consoles and the database; safe to call more than once. */
  stop: () => Promise<void>;
};

type Running = { instance: ConsoleInstance; child: ChildProcess };

function startConsole(name: string, port: number, databaseUrl: string): Running {
  const url = `http://127.0.0.1:${port}`;
  const logFile = SERVER_LOGS.instance(port);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, "w");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: E2E_SECRET,
    NEXTAUTH_URL: url,
    ALERTSITE_SANDBOX_IN_PRODUCTION: "1",
    ALERTSITE_SANDBOX_PORT: String(E2E.sandboxPort),
    ALERTSITE_TIMEOUT_MS: "5000",
    DATABASE_URL: databaseUrl,
    // The spec plays the load balancer: it writes X-Forwarded-For, so the throttle knows the client address.
    TRUST_PROXY: "1",
  };
  delete env.ALERTSITE_API_URL;
  delete env.PGLITE_DATA_DIR;
  // Its own process group, so stop() ends next and every process it started.
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    { cwd: process.cwd(), env, detached: true, stdio: ["ignore", log, log] },
  );
  closeSync(log);
  return { instance: { name, url, logFile }, child };
}

/** Resolves once the sign-in page answers; rejects if the process ends first or the time runs out. */
async function whenServing({ instance, child }: Running, deadline: number): Promise<void> {
  let exitCode: number | null = null;
  child.once("exit", (code) => (exitCode = code ?? -1));
  while (Date.now() < deadline) {
    if (exitCode !== null)
      throw new Error(`${instance.name} exited (${exitCode}) before serving: see ${instance.logFile}`);
    const response = await fetch(`${instance.url}/sign-in`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${instance.name} did not serve /sign-in in time: see ${instance.logFile}`);
}

async function stopConsole({ child }: Running): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid ?? 0), signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Starts PostgreSQL, then two consoles on it at once (they take turns migrating), and waits until both serve. */
export async function startTwoInstances(): Promise<TwoInstances> {
  let postgres: PostgresServer | undefined;
  const running: Running[] = [];
  let isStopped = false;
  const stop = async () => {
    if (isStopped) return;
    isStopped = true;
    await Promise.all(running.map(stopConsole));
    postgres?.stop();
  };
  try {
    postgres = startPostgres(E2E.postgresPort);
    const [portA, portB] = E2E.instancePorts;
    running.push(startConsole("instance A", portA, postgres.url), startConsole("instance B", portB, postgres.url));
    const deadline = Date.now() + TWO_INSTANCES_START_TIMEOUT_MS - 10_000;
    await Promise.all(running.map((server) => whenServing(server, deadline)));
  } catch (error) {
    await stop();
    throw error;
  }
  const [a, b] = running.map((server) => server.instance);
  if (!a || !b) throw new Error("two consoles were not started");
  return { a, b, stop };
}
