import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { type AddressInfo } from "node:net";

/** What the fake answers to the next request. */
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

export type FakeUpstream = {
  /** e.g. `http://127.0.0.1:54321/api/v3` */
  baseUrl: string;
  origin: string;
  /** Script the answer to the next unanswered request (first in, first out). */
  respond(response: ScriptedResponse): void;
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

export type FakeUpstreamOptions = {
  /** Answers requests nothing was scripted for (instead of the default 500), e.g. a route table. */
  answer?: (request: RecordedRequest) => ScriptedResponse;
};

/** A local stand-in for AlertSite on 127.0.0.1 and a free port; answers 500 when nothing was scripted. */
export async function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      const script = queue.shift() ?? options.answer?.(request) ?? NOTHING_SCRIPTED;
      if (script.stall === "before-headers") return;
      setTimeout(() => {
        if (script.destroy === "before-headers") {
          req.socket.destroy();
          return;
        }
        const body = script.body ?? (script.json === undefined ? "" : JSON.stringify(script.json));
        const headers = {
          ...(script.json !== undefined && script.body === undefined ? { "content-type": "application/json" } : {}),
          ...script.headers,
        };
        if (script.destroy === "mid-body" || script.stall === "mid-body") {
          res.writeHead(script.status ?? 200, { ...headers, "content-length": String(Buffer.byteLength(body)) });
          res.write(body.slice(0, Math.floor(body.length / 2)));
          if (script.destroy === "mid-body") setTimeout(() => req.socket.destroy(), 10);
          return;
        }
        res.writeHead(script.status ?? 200, headers);
        res.end(body);
      }, script.delayMs ?? 0);
    });
  });

  await listen(server);
  const { port } = addressOf(server);
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}${FAKE_BASE_PATH}`,
    origin,
    respond: (response) => void queue.push(response),
    requests,
    lastRequest: () => {
      const last = requests.at(-1);
      if (!last) throw new Error("The fake upstream has not received a request yet.");
      return last;
    },
    reset: () => {
      queue.length = 0;
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
  await listen(server);
  const { port } = addressOf(server);
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return `http://127.0.0.1:${port}${FAKE_BASE_PATH}`;
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
}

function addressOf(server: Server): AddressInfo {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The fake upstream is not listening on TCP.");
  return address;
}
