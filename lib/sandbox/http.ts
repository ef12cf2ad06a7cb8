import type { IncomingMessage, ServerResponse } from "node:http";

export const MAX_BODY_BYTES = 1024 * 1024;

/** A failure the API reports with its error envelope: one or more messages under one status. */
export class SandboxHttpError extends Error {
  readonly messages: readonly string[];

  constructor(
    readonly status: number,
    messages: string | readonly string[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    const list = typeof messages === "string" ? [messages] : messages;
    super(list.join(" "));
    this.name = "SandboxHttpError";
    this.messages = list;
  }
}

export function errorEnvelope(status: number, messages: readonly string[]) {
  return { errors: messages.map((message) => ({ code: status, message })) };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { "Cache-Control": "no-store" });
  res.end();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}

/** Reads the whole body; past the limit it keeps draining so the client still gets the 413. */
function readBody(req: IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? "too-large" : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The request body as a JSON object, or a SandboxHttpError saying what is wrong with it. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req);
  if (body === "too-large") throw new SandboxHttpError(413, "Request body is larger than 1 MiB.");
  if (!isJsonContentType(req.headers["content-type"])) {
    throw new SandboxHttpError(415, "Content-Type must be application/json.");
  }
  const text = body.toString("utf8");
  if (text.trim() === "") throw new SandboxHttpError(400, "Request body is empty; send a JSON object.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message quotes the body, which may hold a password: never echo it.
    throw new SandboxHttpError(400, "Request body is not valid JSON.");
  }
  if (!isRecord(json)) throw new SandboxHttpError(400, "Request body must be a JSON object.");
  return json;
}
