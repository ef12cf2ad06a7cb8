import { z } from "zod";
import { BENCH, ROOT } from "../config";
import { runToCompletion } from "../lib/processes";

// The console's route handlers and the bare passthrough handler called in process, without the Next
// server around them, and each step of the console's handler alone: says what the console adds per
// request and which step it comes from. Runs handler-costs-child.ts in its own Node process, since the
// handlers' "server-only" modules load only under the react-server export condition.

export type StepCost = { step: string; microseconds: number };

const CHILD_TIME_LIMIT_MS = 90_000;
const stepCostsSchema = z.array(z.object({ step: z.string(), microseconds: z.number() }));

export async function measureStepCosts(sessionCookie: string): Promise<StepCost[]> {
  const run = await runToCompletion(
    {
      name: "handler step costs",
      command: process.execPath,
      args: ["--conditions=react-server", "--import", "tsx", "bench/overhead/handler-costs-child.ts"],
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        CONSOLE_BENCH: "1",
        NEXTAUTH_SECRET: BENCH.secret,
        NEXTAUTH_URL: BENCH.consoleOrigin,
        ALERTSITE_API_URL: BENCH.upstreamUrl,
        ALERTSITE_TIMEOUT_MS: "15000",
        BENCH_SESSION_COOKIE: sessionCookie,
      },
    },
    CHILD_TIME_LIMIT_MS,
  );
  const lastLine = run.output
    .split("\n")
    .filter((line) => line.startsWith("["))
    .at(-1);
  if (run.code !== 0 || lastLine === undefined) {
    throw new Error(`Handler step costs failed${run.hasTimedOut ? " (time limit)" : ""}: ${run.output.slice(-500)}`);
  }
  return stepCostsSchema.parse(JSON.parse(lastLine));
}
