import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { filterMonitors, listMonitors, sortMonitors } from "@/lib/monitors/list-view";
import { monitorListBodySchema } from "@/lib/alertsite/monitor-reads";
import { upstreamMonitorSchema } from "@/lib/monitors/upstream";
import { BENCH } from "../config";

// Each step the list's data goes through, timed alone in Node (the browser runs the same code in the
// same engine): what the route handler does with AlertSite's answer, then what the list page does.

export type ListStepCost = { side: "server" | "browser"; step: string; ms: number };

const REPEATS = 3;

/** The list page's response schema (lib/monitors/queries.ts), mirrored here because it is not exported. */
const consoleListSchema = z.object({ monitors: z.array(upstreamMonitorSchema) });
const tokenSchema = z.object({ access_token: z.string().min(1) });

function timed<T>(run: () => T): { value: T; ms: number } {
  let value = run();
  const times: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const startedAt = performance.now();
    value = run();
    times.push(performance.now() - startedAt);
  }
  return { value, ms: Math.min(...times) };
}

async function upstreamListText(): Promise<string> {
  const signInResponse = await fetch(`${BENCH.sandboxUrl}/access-tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: BENCH.user.email, password: BENCH.user.password }),
  });
  const { access_token: token } = tokenSchema.parse(await signInResponse.json());
  const response = await fetch(`${BENCH.sandboxUrl}/monitors?type=email-round-trip`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.text();
}

/** Fastest of three runs per step, in milliseconds. */
export async function measureListStepCosts(): Promise<ListStepCost[]> {
  const upstreamText = await upstreamListText();
  const upstreamJson = timed((): unknown => JSON.parse(upstreamText));
  const parsed = timed(() => monitorListBodySchema.parse(upstreamJson.value).monitors);
  const body = timed(() => JSON.stringify({ monitors: parsed.value }));
  const compressed = timed(() => gzipSync(body.value));
  const browserJson = timed((): unknown => JSON.parse(body.value));
  const browserParsed = timed(() => consoleListSchema.parse(browserJson.value).monitors);
  const listed = timed(() => listMonitors(browserParsed.value));
  const sorted = timed(() => sortMonitors(listed.value, "name", "asc"));
  const filtered = timed(() => filterMonitors(sorted.value, { q: "billing", status: "all" }));
  return [
    { side: "server", step: "JSON.parse of AlertSite's answer", ms: upstreamJson.ms },
    { side: "server", step: "monitorListBodySchema.parse (zod, every monitor)", ms: parsed.ms },
    { side: "server", step: "JSON.stringify of the answer", ms: body.ms },
    { side: "server", step: "gzip of the answer (level 6, as next start sends it)", ms: compressed.ms },
    { side: "browser", step: "JSON.parse", ms: browserJson.ms },
    { side: "browser", step: "monitor list schema parse (zod, every monitor again)", ms: browserParsed.ms },
    { side: "browser", step: "listMonitors (search text per monitor)", ms: listed.ms },
    { side: "browser", step: "sortMonitors by name (Intl.Collator)", ms: sorted.ms },
    { side: "browser", step: "filterMonitors “billing”", ms: filtered.ms },
  ];
}
