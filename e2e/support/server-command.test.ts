import { execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loggedCommand } from "./server-command";

describe("loggedCommand", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function tempDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), "server-command-"));
    dirs.push(dir);
    return dir;
  }

  it("removes an earlier run's database folder before the server starts, then logs its output", () => {
    const root = tempDir();
    const database = path.join(root, "pglite console");
    mkdirSync(database);
    writeFileSync(path.join(database, "PG_VERSION"), "17");
    const logFile = path.join(root, "logs", "console.log");

    execSync(loggedCommand(`test ! -e ${JSON.stringify(database)} && echo started`, logFile, { fresh: [database] }));

    expect(existsSync(database)).toBe(false);
    expect(readFileSync(logFile, "utf8")).toBe("started\n");
  });

  it("starts on a clean machine, where there is nothing to remove", () => {
    const root = tempDir();
    const logFile = path.join(root, "console.log");
    const output = execSync(
      loggedCommand("echo ready", logFile, { fresh: [path.join(root, "never-made")], before: "echo first && " }),
    );
    expect(output.toString()).toBe("first\nready\n");
    expect(readFileSync(logFile, "utf8")).toBe("ready\n");
  });
});
