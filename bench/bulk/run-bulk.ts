import { performance } from "node:perf_hooks";
import { z } from "zod";
import { BENCH, CONSOLE_API } from "../config";
import { signIn } from "../lib/sign-in";
import { generatedMonitorsFor } from "../list/run-list";
import { sandboxHandle } from "../servers/sandbox-handle";
import { startConsole } from "../servers/start";
import { type InFlight, startCountingProxy } from "./counting-proxy";

// A bulk change of 1,000 monitors against the sandbox, through the console's bulk-action API at the
// default concurrency: wall time, and the changes in flight as the sandbox sees them (counting proxy).

export const BULK_MONITORS = 1000;
/** How often the bench reads the action's progress, as a page showing it would. */
const POLL_MS = 500;
const ACTION_TIME_LIMIT_MS = 5 * 60_000;

export type BulkFigures = {
  monitors: number;
  /** The console's BULK_CONCURRENCY (the default: the bench does not set it). */
  concurrency: number;
  /** POST /api/bulk-actions answered (202), milliseconds. */
  startMs: number;
  /** From the action's start to its end, as the console recorded them, milliseconds. */
  wallMs: number;
  done: number;
  failed: number;
  inFlight: InFlight;
  /** Progress reads made while it ran, and their median time. */
  polls: number;
  pollMedianMs: number;
};

const listSchema = z.object({ monitors: z.array(z.object({ id: z.union([z.string(), z.number()]) })) });
const actionSchema = z.object({
  bulkAction: z.object({
    id: z.string(),
    state: z.string(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    counts: z.record(z.string(), z.number()),
  }),
});

const DEFAULT_CONCURRENCY = 4;

export async function runBulkPhase(log: (line: string) => void): Promise<BulkFigures> {
  const sandbox = sandboxHandle();
  await sandbox.use(generatedMonitorsFor(BULK_MONITORS));
  const proxy = await startCountingProxy(BENCH.host, BENCH.bulkProxyPort, {
    host: BENCH.host,
    port: BENCH.sandboxPort,
  });
  try {
    const consoleServer = await startConsole({ kind: "url", url: proxy.url }, { PGLITE_DATA_DIR: "memory" });
    try {
      const session = await signIn(BENCH.consoleOrigin, BENCH.user);
      const headers = { Cookie: session.cookieHeader, Origin: BENCH.consoleOrigin };
      const list = listSchema.parse(
        await (await fetch(`${BENCH.consoleOrigin}${CONSOLE_API.list}`, { headers })).json(),
      );
      const ids = list.monitors.map((monitor) => String(monitor.id)).slice(0, BULK_MONITORS);
      if (ids.length < BULK_MONITORS)
        throw new Error(`the sandbox listed ${ids.length} monitors, not ${BULK_MONITORS}`);

      const sentAt = performance.now();
      const started = await fetch(`${BENCH.consoleOrigin}${CONSOLE_API.bulkActions}`, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ requestKey: crypto.randomUUID(), kind: "pause", monitorIds: ids }),
      });
      const startMs = performance.now() - sentAt;
      if (started.status !== 202) throw new Error(`POST ${CONSOLE_API.bulkActions} answered ${started.status}`);
      const { id } = actionSchema.parse(await started.json()).bulkAction;

      const pollTimes: number[] = [];
      const deadline = Date.now() + ACTION_TIME_LIMIT_MS;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const polledAt = performance.now();
        const answer = await fetch(`${BENCH.consoleOrigin}${CONSOLE_API.bulkAction(id)}`, { headers });
        const { bulkAction } = actionSchema.parse(await answer.json());
        pollTimes.push(performance.now() - polledAt);
        if (bulkAction.finishedAt !== null) {
          const sorted = [...pollTimes].sort((a, b) => a - b);
          const figures: BulkFigures = {
            monitors: ids.length,
            concurrency: Number(process.env.BULK_CONCURRENCY ?? DEFAULT_CONCURRENCY),
            startMs,
            wallMs: Date.parse(bulkAction.finishedAt) - Date.parse(bulkAction.startedAt),
            done: bulkAction.counts.done ?? 0,
            failed: (bulkAction.counts.failed ?? 0) + (bulkAction.counts.unknown ?? 0),
            inFlight: proxy.inFlight(),
            polls: pollTimes.length,
            pollMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
          };
          log(
            `  ${figures.monitors} monitors paused in ${(figures.wallMs / 1000).toFixed(1)} s: ${figures.done} done, ${figures.failed} not; ` +
              `in flight max ${figures.inFlight.max}, mean ${figures.inFlight.mean.toFixed(2)}`,
          );
          return figures;
        }
        if (Date.now() > deadline)
          throw new Error(`the bulk action had not ended after ${ACTION_TIME_LIMIT_MS / 60_000} minutes`);
      }
    } finally {
      await consoleServer.stop();
    }
  } finally {
    await proxy.stop();
    await sandbox.stop();
  }
}
