import { performance } from "node:perf_hooks";
import { closeDb, getDb } from "@/lib/db";
import { listEntries, listMonitorEntries } from "@/lib/db/queries";
import { historyEntry, type NewHistoryEntryRow } from "@/lib/db/schema";
import { HISTORY_ACTIONS } from "@/lib/history/entry";

// `npm run bench:history`: how long one page of history takes with 100,000 entries, on the
// database the environment names (default: an in-memory PGlite; DATABASE_URL for PostgreSQL).

const ENTRIES = Number(process.env.BENCH_HISTORY_ENTRIES ?? 100_000);
const BATCH = 1000;
const ACTORS = ["dana@example.com", "sam@example.com", "lee@example.com", "ops@example.com"];
const OUTCOMES = ["done", "done", "done", "refused", "unknown"] as const;

function row(i: number, start: number): NewHistoryEntryRow {
  const at = new Date(start + i * 60_000);
  return {
    at,
    outcomeAt: at,
    actor: ACTORS[i % ACTORS.length] ?? "ops@example.com",
    monitorId: String(100_000 + (i % 2000)),
    monitorName: `Mailbox ${i % 2000}`,
    action: HISTORY_ACTIONS[i % HISTORY_ACTIONS.length] ?? "edit",
    outcome: OUTCOMES[i % OUTCOMES.length] ?? "done",
    changes: [
      {
        secret: false,
        field: "interval",
        label: "Run every",
        before: { text: "15 minutes", value: "15" },
        after: { text: "5 minutes", value: "5" },
      },
    ],
  };
}

async function timed(name: string, run: () => Promise<unknown>, repeats = 20): Promise<void> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${name.padEnd(58)} p50 ${p50.toFixed(1)} ms  max ${(times.at(-1) ?? 0).toFixed(1)} ms`);
}

async function main(): Promise<void> {
  const db = await getDb();
  await db.delete(historyEntry);
  const started = performance.now();
  const start = Date.now() - ENTRIES * 60_000;
  for (let i = 0; i < ENTRIES; i += BATCH) {
    await db
      .insert(historyEntry)
      .values(Array.from({ length: Math.min(BATCH, ENTRIES - i) }, (_, j) => row(i + j, start)));
  }
  console.log(`inserted ${ENTRIES} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const first = await listEntries({}, { limit: 50 });
  let deep = first.nextCursor ?? undefined;
  for (let i = 0; i < 100 && deep; i++)
    deep = (await listEntries({}, { limit: 50, cursor: deep })).nextCursor ?? undefined;

  await timed("activity, first page of 50 (no filter)", () => listEntries({}, { limit: 50 }));
  await timed("activity, page 101 of 50 (cursor)", () =>
    listEntries({}, { limit: 50, ...(deep ? { cursor: deep } : {}) }),
  );
  await timed("activity, person + outcome filter", () => listEntries({ actor: "sam@example.com", outcome: "refused" }));
  await timed("activity, search 'mailbox 17' (no index: scans)", () => listEntries({ search: "mailbox 17" }));
  await timed("one monitor's history, first page", () => listMonitorEntries("100017"));
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
