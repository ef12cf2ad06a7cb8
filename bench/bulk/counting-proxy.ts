import http from "node:http";
import { performance } from "node:perf_hooks";
import { assertPortFree } from "../lib/ports";

// A loopback proxy between the console and the sandbox that counts the changes (PATCH, POST,
// DELETE) in flight: what AlertSite would see of a bulk action. Everything else passes through uncounted.

export type InFlight = {
  /** Changes that passed. */
  changes: number;
  max: number;
  /** Time-weighted mean, from the first change sent to the last one answered. */
  mean: number;
  /** From the first change sent to the last one answered, milliseconds. */
  spanMs: number;
};

export type CountingProxy = { url: string; inFlight(): InFlight; stop(): Promise<void> };

const CHANGES = new Set(["PATCH", "POST", "DELETE"]);

export async function startCountingProxy(
  host: string,
  port: number,
  target: { host: string; port: number },
): Promise<CountingProxy> {
  await assertPortFree(host, port);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let current = 0;
  let max = 0;
  let changes = 0;
  let area = 0;
  let last = 0;
  let first: number | undefined;
  let lastAnswered = 0;

  const step = (delta: number) => {
    const now = performance.now();
    if (first !== undefined) area += current * (now - last);
    first ??= now;
    last = now;
    current += delta;
    max = Math.max(max, current);
    if (delta < 0) lastAnswered = now;
  };

  const server = http.createServer((req, res) => {
    const isCounted = CHANGES.has(req.method ?? "") && !(req.url ?? "").endsWith("/access-tokens");
    let isOpen = isCounted;
    if (isCounted) {
      changes += 1;
      step(1);
    }
    const done = () => {
      if (!isOpen) return;
      isOpen = false;
      step(-1);
    };
    res.on("close", done);
    const upstream = http.request(
      { host: target.host, port: target.port, path: req.url, method: req.method, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("The bench proxy could not reach the sandbox.");
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));

  return {
    url: `http://${host}:${port}/api/v3`,
    inFlight: () => {
      const spanMs = first === undefined ? 0 : lastAnswered - first;
      return { changes, max, mean: spanMs > 0 ? area / spanMs : 0, spanMs };
    },
    stop: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
