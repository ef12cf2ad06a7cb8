import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { type AddressInfo } from "node:net";

// The one fake AlertSite for tests: the unit tests script it per request, the e2e fault upstream
// (e2e/support/fault-upstream.ts) and the bench's instant upstream (bench/servers/fast-upstream.ts)
// give it rules matched on method and path. `fake-upstream-process.ts` runs it as its own process.

/** How the fake answers one request. */
export type ScriptedResponse = {
  status?: number;
  /** Defaults to `application/json` when `json` is given. */
  headers?: Record<string, string>;
  /** Serialised as JSON. */
  json?: unknown;
  /** Sent as is; wins over `json`. */
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Close the socket instead of answering ("before-headers"), or after half the body ("mid-body"). */
  destroy?: "before-headers" | "mid-body";
  /** Stop answering: before sending anything, or after the headers and half the body. */
  stall?: "before-headers" | "mid-body";
};

export type RecordedRequest = {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
};

/** What a rule answers: a fixed response, or one worked out from the request (undefined: try the next rule). */
export type RuleReply =
  | ScriptedResponse
  | ((
      request: RecordedRequest,
      match: { path: string; groups: readonly (string | undefined)[]; query: URLSearchParams },
    ) => ScriptedResponse | undefined | Promise<ScriptedResponse | undefined>);

export type FakeRule = {
  /** Any method when left out. */
  method?: string;
  /** The exact path (query string ignored), or a pattern whose capture groups the reply receives. */
  path: string | RegExp;
  reply: RuleReply;
};

export type FakeUpstreamOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Consulted in order when nothing was scripted with `respond()`; the first that answers wins. */
  rules?: readonly FakeRule[];
  /** Answers requests neither a script nor a rule answered (instead of the default 500). */
  answer?: (request: RecordedRequest) => ScriptedResponse;
  /** Keep every request in `requests` (default true); a long load run turns it off. */
  recordRequests?: boolean;
  /**
   * Paths (query ignored) that never take an answer scripted with `respond()`: a console call made
   * alongside another (the status read beside a list read) would otherwise race it for the script.
   * Script them with `respondTo()`.
   */
  unscriptedPaths?: RegExp;
};

export type FakeUpstream = {
  /** e.g. `http://127.0.0.1:54321/api/v3` */
  baseUrl: string;
  origin: string;
  port: number;
  /** Script the answer to the next unanswered request (first in, first out); wins over rules. */
  respond(response: ScriptedResponse): void;
  /** Script the answer to the next request for a path matching `path` (first in, first out); wins over `respond()`. */
  respondTo(path: RegExp, response: ScriptedResponse): void;
  requests: RecordedRequest[];
  lastRequest(): RecordedRequest;
  reset(): void;
  close(): Promise<void>;
};

export const FAKE_BASE_PATH = "/api/v3";

const NOTHING_SCRIPTED: ScriptedResponse = {
  status: 500,
  headers: { "content-type": "text/plain" },
  body: "The test scripted no response for this request.",
};

function readRequest(req: IncomingMessage): Promise<RecordedRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () =>
      resolve({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      }),
    );
    req.on("error", reject);
  });
}

/** The capture groups when the path matches (none for an exact path), or undefined. */
function matchPath(pattern: string | RegExp, path: string): readonly (string | undefined)[] | undefined {
  if (typeof pattern === "string") return pattern === path ? [] : undefined;
  return pattern.exec(path)?.slice(1);
}

async function answerByRule(
  rules: readonly FakeRule[],
  request: RecordedRequest,
): Promise<ScriptedResponse | undefined> {
  const url = new URL(request.url, "http://fake.invalid");
  for (const rule of rules) {
    if (rule.method !== undefined && rule.method !== request.method) continue;
    const groups = matchPath(rule.path, url.pathname);
    if (groups === undefined) continue;
    if (typeof rule.reply !== "function") return rule.reply;
    const reply = await rule.reply(request, { path: url.pathname, groups, query: url.searchParams });
    if (reply !== undefined) return reply;
  }
  return undefined;
}

function send(res: ServerResponse, script: ScriptedResponse): void {
  if (script.stall === "before-headers") return;
  setTimeout(() => {
    if (res.destroyed) return;
    if (script.destroy === "before-headers") {
      res.socket?.destroy();
      return;
    }
    const body = script.body ?? (script.json === undefined ? "" : JSON.stringify(script.json));
    const headers = {
      ...(script.json !== undefined && script.body === undefined ? { "content-type": "application/json" } : {}),
      ...script.headers,
      "content-length": String(Buffer.byteLength(body)),
    };
    res.writeHead(script.status ?? 200, headers);
    if (script.destroy === "mid-body" || script.stall === "mid-body") {
      res.write(body.slice(0, Math.floor(body.length / 2)));
      if (script.destroy === "mid-body") setTimeout(() => res.socket?.destroy(), 10);
      return;
    }
    res.end(body);
  }, script.delayMs ?? 0);
}

function failure(error: unknown): ScriptedResponse {
  const message = error instanceof Error ? error.message : "The fake AlertSite failed.";
  return { status: 500, json: { errors: [{ code: 500, message }] } };
}

/** A local stand-in for AlertSite on 127.0.0.1; answers 500 to what neither a script nor a rule answers. */
export async function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const queue: ScriptedResponse[] = [];
  const pathQueue: { path: RegExp; response: ScriptedResponse }[] = [];
  const requests: RecordedRequest[] = [];
  const rules = options.rules ?? [];
  const isRecording = options.recordRequests ?? true;

  function scriptFor(request: RecordedRequest): ScriptedResponse | undefined {
    const { pathname } = new URL(request.url, "http://fake.invalid");
    const index = pathQueue.findIndex((entry) => entry.path.test(pathname));
    if (index >= 0) return pathQueue.splice(index, 1)[0]?.response;
    return options.unscriptedPaths?.test(pathname) ? undefined : queue.shift();
  }

  async function answer(request: RecordedRequest): Promise<ScriptedResponse> {
    const scripted = scriptFor(request);
    if (scripted) return scripted;
    return (await answerByRule(rules, request)) ?? options.answer?.(request) ?? NOTHING_SCRIPTED;
  }

  const server = createServer((req, res) => {
    readRequest(req)
      .then((request) => {
        if (isRecording) requests.push(request);
        return answer(request);
      })
      .catch(failure)
      .then((script) => send(res, script));
  });
  server.keepAliveTimeout = 60_000;

  const { port } = await listen(server, options.port ?? 0);
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}${FAKE_BASE_PATH}`,
    origin,
    port,
    respond: (response) => void queue.push(response),
    respondTo: (path, response) => void pathQueue.push({ path, response }),
    requests,
    lastRequest: () => {
      const last = requests.at(-1);
      if (!last) throw new Error("The fake upstream has not received a request yet.");
      return last;
    },
    reset: () => {
      queue.length = 0;
      pathQueue.length = 0;
      requests.length = 0;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** A base URL on a port that was free a moment ago and now refuses connections. */
export async function closedPortBaseUrl(): Promise<string> {
  const server = createServer();
  const { port } = await listen(server, 0);
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return `http://127.0.0.1:${port}${FAKE_BASE_PATH}`;
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      if (address === null || typeof address === "string") reject(new Error("The fake upstream has no TCP address."));
      else resolve(address);
    });
  });
}
