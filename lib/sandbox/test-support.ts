import { request } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { DEMO_ADMIN, DEMO_READ_ONLY, type DemoUser } from "./demo-users";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "./server";

export type ApiResponse = { status: number; headers: Headers; text: string; json: unknown };

export type TestSandbox = RunningSandbox & {
  logLines: string[];
  call(method: string, apiPath: string, options?: { token?: string; body?: unknown }): Promise<ApiResponse>;
  signIn(user?: DemoUser): Promise<string>;
};

/** Starts a sandbox on a free port that records its log lines. */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const logLines: string[] = [];
  const sandbox = await startSandbox({ port: 0, dataFile: null, ...options, log: (line) => logLines.push(line) });

  async function call(method: string, apiPath: string, { token, body }: { token?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = {};
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(`${sandbox.url}${apiPath}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: text === "" ? undefined : JSON.parse(text),
    };
  }

  async function signIn(user: DemoUser = DEMO_ADMIN): Promise<string> {
    const response = await call("POST", "/access-tokens", { body: { username: user.email, password: user.password } });
    const token = readString(response.json, "access_token");
    if (response.status !== 200 || token === undefined) throw new Error(`sign-in failed: ${response.text}`);
    return token;
  }

  return { ...sandbox, logLines, call, signIn };
}

export { DEMO_ADMIN, DEMO_READ_ONLY };

/** Sends a request with exactly the given header names, as curl would. */
export function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; contentType: string | undefined; json: unknown }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"],
          json: JSON.parse(Buffer.concat(chunks).toString("utf8")),
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "alertsite-sandbox-test-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readString(value: unknown, key: string): string | undefined {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === "string" ? field : undefined;
}

/** The messages of an error envelope, or [] when the body is not one. */
export function errorMessages(response: ApiResponse): string[] {
  const errors = isRecord(response.json) ? response.json.errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors.map((error: unknown) => readString(error, "message") ?? "");
}

/** The error codes of an error envelope. */
export function errorCodes(response: ApiResponse): unknown[] {
  const errors = isRecord(response.json) ? response.json.errors : undefined;
  return Array.isArray(errors) ? errors.map((error: unknown) => (isRecord(error) ? error.code : undefined)) : [];
}

/** `results` of a list response. */
export function listResults(response: ApiResponse): Record<string, unknown>[] {
  const results = isRecord(response.json) ? response.json.results : undefined;
  return Array.isArray(results) ? results.filter(isRecord) : [];
}

export function asRecord(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`expected a JSON object, got ${JSON.stringify(value)}`);
  return value;
}
