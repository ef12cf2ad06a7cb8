import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A throwaway PostgreSQL for the database tests: Debian's server binaries (`apt-get install
// postgresql`), a cluster in a temp folder, listening on 127.0.0.1 only, removed when stopped.

/** The ports this project's PostgreSQL tests may use (PG_TEST_PORT picks one). */
export const DEFAULT_PG_TEST_PORT = 55432;

/** The newest installed server's bin folder, or undefined when none is installed. */
export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(root, versions[0], "bin");
}

export type PostgresServer = { url: string; stop: () => void };

/** PostgreSQL refuses to run as root: under root the server runs as the `postgres` user Debian creates. */
function asServerUser(): { command: (bin: string, args: string[]) => [string, string[]]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { command: (bin, args) => [bin, args] };
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { command: (bin, args) => ["runuser", ["-u", "postgres", "--", bin, ...args]], uid, gid };
}

/** Starts a fresh cluster on `port`; throws (with the server's words) when it cannot. */
export function startPostgres(port = Number(process.env.PG_TEST_PORT ?? DEFAULT_PG_TEST_PORT)): PostgresServer {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL's server is not installed: apt-get install -y postgresql");
  const user = asServerUser();
  const dir = mkdtempSync(path.join(tmpdir(), "console-pg-"));
  chmodSync(dir, 0o700);
  if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const run = (program: string, args: string[]) => {
    const [command, argv] = user.command(path.join(bin, program), args);
    const result = spawnSync(command, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  run("initdb", ["-D", data, "-U", "console", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "120",
    "-o",
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
    "start",
  ]);
  let isStopped = false;
  return {
    url: `postgres://console@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (isStopped) return;
      isStopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
