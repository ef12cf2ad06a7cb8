import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BENCH, ROOT } from "../config";
import { runToCompletion } from "./processes";

// `next build` into its own dist dir with the bench-only files (CONSOLE_BENCH=1, see next.config.js).
// A build rewrites two shared files to point at its dist dir — tsconfig.json's `include` and the
// git-ignored next-env.d.ts — so both are put back as they were, leaving the checkout as found.

const BUILD_TIME_LIMIT_MS = 8 * 60 * 1000;
const BENCH_ROUTES = ["/bench/bare/page", "/api/bench/passthrough/[...path]/route"] as const;

type Snapshot = { file: string; before: string | undefined };

function snapshot(file: string): Snapshot {
  const full = path.join(ROOT, file);
  return { file: full, before: existsSync(full) ? readFileSync(full, "utf8") : undefined };
}

/** True when `after` is `before` plus nothing but entries naming the bench dist dir (what `next build` adds). */
function differsOnlyByBenchDir(before: string, after: string): boolean {
  const withoutBench = (text: string) =>
    JSON.stringify(JSON.parse(text), (_key, value: unknown) =>
      Array.isArray(value)
        ? value.filter((item) => !(typeof item === "string" && item.includes(BENCH.distDir)))
        : value,
    );
  try {
    return withoutBench(before) === withoutBench(after);
  } catch {
    return false;
  }
}

/**
 * Puts back what this build changed, and nothing someone else changed meanwhile: tsconfig.json only if
 * the build's `.next-bench` include entries are its only difference, next-env.d.ts only if it now
 * points at `.next-bench`.
 */
function restore(tsconfig: Snapshot, nextEnv: Snapshot): void {
  const now = (snap: Snapshot) => (existsSync(snap.file) ? readFileSync(snap.file, "utf8") : undefined);
  const tsconfigNow = now(tsconfig);
  if (tsconfig.before !== undefined && tsconfigNow !== undefined && tsconfigNow !== tsconfig.before) {
    if (differsOnlyByBenchDir(tsconfig.before, tsconfigNow)) writeFileSync(tsconfig.file, tsconfig.before);
    else console.warn("tsconfig.json changed during the bench build in more ways than the build's own; left as it is.");
  }
  const nextEnvNow = now(nextEnv);
  if (
    nextEnv.before !== undefined &&
    nextEnvNow !== undefined &&
    nextEnvNow !== nextEnv.before &&
    nextEnvNow.includes(BENCH.distDir)
  ) {
    writeFileSync(nextEnv.file, nextEnv.before);
  }
}

function runBuild(): Promise<{ code: number | null; output: string; hasTimedOut: boolean }> {
  return runToCompletion(
    {
      name: "next build",
      command: process.execPath,
      args: [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"],
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: BENCH.distDir, CONSOLE_BENCH: "1", NEXT_TELEMETRY_DISABLED: "1" },
    },
    BUILD_TIME_LIMIT_MS,
  );
}

/** The app routes the build produced, from its app-path-routes manifest. */
function builtAppRoutes(): string[] {
  const file = path.join(ROOT, BENCH.distDir, "app-path-routes-manifest.json");
  if (!existsSync(file)) return [];
  const manifest: unknown = JSON.parse(readFileSync(file, "utf8"));
  return typeof manifest === "object" && manifest !== null ? Object.keys(manifest) : [];
}

/** Builds the console with the bench-only page and route; throws (the bench cannot run) on failure. */
export async function buildBenchConsole(): Promise<{ seconds: number }> {
  const tsconfig = snapshot("tsconfig.json");
  const nextEnv = snapshot("next-env.d.ts");
  const startedAt = Date.now();
  try {
    const { code, output, hasTimedOut } = await runBuild();
    if (hasTimedOut) throw new Error(`next build took longer than ${BUILD_TIME_LIMIT_MS / 60_000} minutes:\n${output}`);
    if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output}`);
  } finally {
    restore(tsconfig, nextEnv);
  }
  assertBenchRoutesBuilt();
  return { seconds: (Date.now() - startedAt) / 1000 };
}

/** The bench needs its two bench-only routes; an older or normal build in the dist dir lacks them. */
export function assertBenchRoutesBuilt(): void {
  const routes = builtAppRoutes();
  const missing = BENCH_ROUTES.filter((route) => !routes.includes(route));
  if (missing.length > 0) {
    throw new Error(
      `${BENCH.distDir} has no ${missing.join(", ")}: build it with CONSOLE_BENCH=1 (run without --skip-build).`,
    );
  }
}
