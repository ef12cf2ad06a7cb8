import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { GATEWAY_HTML, MAINTENANCE_HTML, scenarioOf, type FaultScenario } from "./fault-scenarios";

// A fake AlertSite for the end-to-end failure tests, separate from the sandbox: sign-in accepts any
// password, lists are empty but for what was created, and a create fails the way its monitor
// name asks (fault-scenarios.ts). Control endpoints under /__fault let tests count creates,
// release a held one, collect every token issued for the end-of-run secret scan, and get a page
// that frames the console.

const BASE = "/api/v3";
/** A held create answers by itself after this long, should a test never release it (under the fault console's timeout, with room for a slow CI machine). */
const HOLD_LIMIT_MS = 9000;

type Created = { id: number; name: string };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
  res.end(html);
}

function errors(status: number, ...messages: string[]) {
  return { errors: messages.map((message) => ({ code: status, message })) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : {};
  } catch {
    return {};
  }
}

export function createFaultUpstream(): Server {
  const tokens = new Set<string>();
  const created: Created[] = [];
  const createsByName = new Map<string, number>();
  const held = new Map<string, () => void>();
  let nextId = 700_001;

  function succeed(res: ServerResponse, name: string): void {
    const id = nextId++;
    created.push({ id, name });
    send(res, 200, { id: String(id) });
  }

  function fail(
    scenario: FaultScenario,
    req: IncomingMessage,
    res: ServerResponse,
    body: Record<string, unknown>,
    name: string,
  ): void {
    switch (scenario) {
      case "400-one":
        return send(
          res,
          400,
          errors(400, "Invalid value for 'interval': 7 minutes is not offered by plan 'UBM - A/A'."),
        );
      case "400-several":
        return send(
          res,
          400,
          errors(
            400,
            "Invalid value for 'billing_plancode': plan 'UBM - Gold' does not exist.",
            "Invalid value for 'email': the mailbox refuses test messages.",
            "The account has reached its monitor limit.",
          ),
        );
      case "400-echo":
        // Some servers quote what they were sent; the console must not hand the mailbox password back.
        return send(
          res,
          400,
          errors(400, `Mailbox login failed with password '${String(body.email_password ?? "")}'.`),
        );
      case "401":
        return send(res, 401, errors(401, "invalid_token - The access token has expired. Sign in again."), {
          "www-authenticate": 'Bearer error="invalid_token"',
        });
      case "403":
        return send(
          res,
          403,
          errors(403, "Permission denied - your AlertSite role (Read Only) cannot create or change monitors."),
        );
      case "404":
        return send(res, 404, errors(404, "Record not found"));
      case "429":
        return send(res, 429, errors(429, "Rate limit exceeded."), { "retry-after": "120" });
      case "500":
        return send(res, 500, errors(500, "Internal error while saving the monitor."));
      case "502-html":
        return sendHtml(res, 502, GATEWAY_HTML);
      case "503-html":
        return sendHtml(res, 503, MAINTENANCE_HTML, { "retry-after": "30" });
      case "malformed":
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end('{"id": "7000');
      case "reset":
        return void req.socket.destroy();
      case "hang":
        // Never answer; the console's ALERTSITE_TIMEOUT_MS gives up first.
        return;
      case "hold": {
        const release = () => {
          held.delete(name);
          clearTimeout(timer);
          if (!res.writableEnded && !res.destroyed) succeed(res, name);
        };
        const timer = setTimeout(release, HOLD_LIMIT_MS);
        held.set(name, release);
        return;
      }
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fault.invalid");
    const method = req.method ?? "GET";
    const text = await readBody(req);

    if (url.pathname === "/health") return send(res, 200, { status: "ok" });
    if (url.pathname === "/__fault/creates" && method === "GET") {
      return send(res, 200, { count: createsByName.get(url.searchParams.get("name") ?? "") ?? 0 });
    }
    if (url.pathname === "/__fault/release" && method === "POST") {
      const release = held.get(url.searchParams.get("name") ?? "");
      release?.();
      return send(res, release ? 200 : 404, { released: Boolean(release) });
    }
    if (url.pathname === "/__fault/tokens" && method === "GET") return send(res, 200, { tokens: [...tokens] });
    if (url.pathname === "/__fault/embed" && method === "GET") {
      // A portal page that frames the console, for the frame-ancestors test (served on loopback for real:
      // Chromium refuses to let a page Playwright made up frame a loopback address at all).
      const src = (url.searchParams.get("src") ?? "").replace(/[^\w:/.?=&%-]/g, "");
      return sendHtml(
        res,
        200,
        `<!DOCTYPE html><html><head><title>Portal</title></head><body><iframe title="Monitor console" src="${src}"></iframe></body></html>`,
      );
    }

    if (!url.pathname.startsWith(`${BASE}/`)) return send(res, 404, errors(404, "Record not found"));
    const path = url.pathname.slice(BASE.length);

    if (path === "/access-tokens" && method === "POST") {
      const token = `fault-${randomBytes(24).toString("base64url")}`;
      tokens.add(token);
      return send(res, 200, { access_token: token });
    }

    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !tokens.has(bearer))
      return send(res, 401, errors(401, "invalid_token - The access token is missing or invalid. Sign in again."));

    if (path === "/monitors" && method === "GET") {
      return send(res, 200, {
        results: created.map(({ id, name }) => ({
          id,
          name,
          type: "email-round-trip",
          enabled: true,
          email: "roundtrip@example.com",
        })),
      });
    }
    if (path === "/monitors/email-round-trip" && method === "POST") {
      const body = parseObject(text);
      const name = typeof body.name === "string" ? body.name : "";
      createsByName.set(name, (createsByName.get(name) ?? 0) + 1);
      const scenario = scenarioOf(name);
      return scenario ? fail(scenario, req, res, body, name) : succeed(res, name);
    }
    return send(res, 404, errors(404, "Record not found"));
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, errors(500, error instanceof Error ? error.message : "fault upstream failed"));
    });
  });
}
