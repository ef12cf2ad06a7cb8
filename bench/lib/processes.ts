import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

// Child servers run in their own process groups, so stopping one also stops whatever it spawned
// (tsx, next-server). Every group is remembered until it has exited, and killed on any way out.

const OUTPUT_LINES_KEPT = 60;

export type ChildServer = {
  name: string;
  /** The last lines it printed, for error messages. */
  output(): string;
  hasExited(): boolean;
  stop(): Promise<void>;
};

type Spawned = { name: string; child: ChildProcess };

const running = new Set<Spawned>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopSpawned(spawned: Spawned): Promise<void> {
  killGroup(spawned.child, "SIGTERM");
  const isDone = await Promise.race([exited(spawned.child).then(() => true), sleep(5_000).then(() => false)]);
  if (!isDone) {
    killGroup(spawned.child, "SIGKILL");
    await Promise.race([exited(spawned.child), sleep(2_000)]);
  }
  running.delete(spawned);
}

export type StartOptions = {
  name: string;
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
};

export type ChildServerWithExit = ChildServer & { exit: Promise<number | null> };

export function startProcess({ name, command, args, env, cwd }: StartOptions): ChildServerWithExit {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const spawned: Spawned = { name, child };
  running.add(spawned);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString("utf8")
        .split("\n")
        .filter((line) => line.trim() !== ""),
    );
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exit = new Promise<number | null>((resolve) => {
    child.once("error", () => resolve(null));
    child.once("exit", (code) => {
      running.delete(spawned);
      resolve(code);
    });
  });
  return {
    name,
    exit,
    output: () => lines.join("\n"),
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    stop: () => stopSpawned(spawned),
  };
}

/** Runs a command to its end, killing its process group if it takes longer than `timeoutMs`. */
export async function runToCompletion(
  options: StartOptions,
  timeoutMs: number,
): Promise<{ code: number | null; output: string; hasTimedOut: boolean }> {
  const child = startProcess(options);
  let hasTimedOut = false;
  const timer = setTimeout(() => {
    hasTimedOut = true;
    void child.stop();
  }, timeoutMs);
  try {
    const code = await child.exit;
    return { code, output: child.output(), hasTimedOut };
  } finally {
    clearTimeout(timer);
  }
}

/** Stops every child still running (in parallel). */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...running].map(stopSpawned));
}

/** Last resort on exit, where nothing asynchronous runs any more. */
export function killAllProcessesNow(): void {
  for (const { child } of running) killGroup(child, "SIGKILL");
}

/** Resolves once `url` answers with a status `isReady` accepts; rejects if the child dies or time runs out. */
export async function waitUntilServing(
  server: ChildServer,
  url: string,
  { timeoutMs, isReady = (status) => status < 500 }: { timeoutMs: number; isReady?: (status: number) => boolean },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.hasExited()) throw new Error(`${server.name} exited while starting:\n${server.output()}`);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (isReady(response.status)) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${server.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${server.output()}`);
}
