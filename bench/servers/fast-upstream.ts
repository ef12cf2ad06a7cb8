import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

// The upstream for the proxy-overhead runs: answers instantly, so the figures show what the console's
// own work costs rather than AlertSite's (or the sandbox's). Run as its own process:
//   tsx bench/servers/fast-upstream.ts <port>

const BASE = "/api/v3";
const WRITE_ANSWER = JSON.stringify({ id: "123" });
const TOKEN_ANSWER = JSON.stringify({ access_token: "bench-token", expires_in: 3600 });

/** What GET /monitors/{id} returns, in case the edit handler reads the current monitor. */
function monitorAnswer(id: string): string {
  return JSON.stringify({
    id: Number(id),
    type: "email-round-trip",
    name: "Bench monitor",
    billing_plancode: "UBM - A/A",
    smtp_hostname: "smtps://smtp.example.com:465",
    pop3_hostname: "pop3s://pop.example.com:995",
    email: "bench@example.com",
    enabled: true,
    interval: 15,
    timeout: 300,
    locations: [{ id: 10 }, { id: 40 }],
    home_location: 10,
  });
}

function answer(req: IncomingMessage): { status: number; body: string } {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (path === "/health") return { status: 200, body: '{"status":"ok"}' };
  if (req.method === "POST" && path === `${BASE}/access-tokens`) return { status: 200, body: TOKEN_ANSWER };
  if (req.method === "POST" && path === `${BASE}/monitors/email-round-trip`) return { status: 200, body: WRITE_ANSWER };
  if (req.method === "PATCH" && path.startsWith(`${BASE}/monitors/email-round-trip/`))
    return { status: 200, body: WRITE_ANSWER };
  const read = new RegExp(`^${BASE}/monitors/(\\d+)$`).exec(path);
  if (req.method === "GET" && read?.[1]) return { status: 200, body: monitorAnswer(read[1]) };
  return { status: 404, body: '{"errors":[{"code":404,"message":"Not a bench path"}]}' };
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  // The body is read to its end (keep-alive needs that) and otherwise ignored.
  req.resume();
  req.once("end", () => {
    const { status, body } = answer(req);
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
    res.end(body);
  });
}

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1) {
  console.error("usage: fast-upstream.ts <port>");
  process.exit(2);
}
const server = createServer(handle);
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`fast upstream on http://127.0.0.1:${port}${BASE}`));
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
