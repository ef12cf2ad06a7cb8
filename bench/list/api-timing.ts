import { performance } from "node:perf_hooks";
import { z } from "zod";
import { BENCH, CONSOLE_API } from "../config";
import { summarize, type Summary } from "../lib/stats";

// The list route's server time, next to the same list read straight from the sandbox: the difference
// is what the console's handler adds (session, parsing every monitor, serialising them again).

const REQUESTS = 10;
/** Per endpoint: fewer than REQUESTS samples if a slow list reaches it first. */
const SAMPLE_TIME_LIMIT_MS = 30_000;

export type ApiTiming = {
  /** GET /api/monitors through the console, full body received, milliseconds. */
  console: Summary;
  /** GET /monitors?type=email-round-trip straight from the sandbox. */
  upstream: Summary;
  /** Size of the console's JSON answer (uncompressed). */
  consoleBytes: number;
  monitorsListed: number;
};

const tokenSchema = z.object({ access_token: z.string().min(1) });
const consoleListSchema = z.object({ monitors: z.array(z.unknown()) });

async function timedGet(url: string, headers: Record<string, string>): Promise<{ ms: number; text: string }> {
  const startedAt = performance.now();
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  const ms = performance.now() - startedAt;
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 200)}`);
  return { ms, text };
}

/** One warm-up, then up to REQUESTS sequential requests each (fewer if the time limit comes first). */
async function sample(url: string, headers: Record<string, string>): Promise<{ summary: Summary; lastText: string }> {
  let { text: lastText } = await timedGet(url, headers);
  const times: number[] = [];
  const deadline = Date.now() + SAMPLE_TIME_LIMIT_MS;
  while (times.length < REQUESTS && Date.now() < deadline) {
    const { ms, text } = await timedGet(url, headers);
    times.push(ms);
    lastText = text;
  }
  return { summary: summarize(times), lastText };
}

export async function measureListApi(sessionCookie: string): Promise<ApiTiming> {
  const signInResponse = await fetch(`${BENCH.sandboxUrl}/access-tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: BENCH.user.email, password: BENCH.user.password }),
  });
  const { access_token: token } = tokenSchema.parse(await signInResponse.json());
  const consoleRun = await sample(`${BENCH.consoleOrigin}${CONSOLE_API.list}`, {
    Cookie: sessionCookie,
    Accept: "application/json",
  });
  const upstreamRun = await sample(`${BENCH.sandboxUrl}/monitors?type=email-round-trip`, {
    Authorization: `Bearer ${token}`,
    Accept: "application/json",
  });
  return {
    console: consoleRun.summary,
    upstream: upstreamRun.summary,
    consoleBytes: Buffer.byteLength(consoleRun.lastText),
    monitorsListed: consoleListSchema.parse(JSON.parse(consoleRun.lastText)).monitors.length,
  };
}
