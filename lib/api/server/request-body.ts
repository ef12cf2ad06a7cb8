import "server-only";
import { type ZodType } from "zod";
import { type ApiError } from "../envelope";
import { RequestRejected } from "./request-rejected";

export const MAX_BODY_BYTES = 64 * 1024;

export const JSON_CONTENT_TYPE_MESSAGE = "Send the request as JSON (Content-Type: application/json).";

/** Exactly `application/json`, with or without parameters such as `; charset=utf-8`. */
export function hasJsonContentType(request: Request): boolean {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}

function reject(status: number, message: string): never {
  throw new RequestRejected(status, [{ code: status, message }]);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}

async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = `The request is larger than the ${sizeText(maxBytes)} the console accepts.`;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) reject(413, tooLarge);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      reject(413, tooLarge);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a JSON object body (at most 64 KiB, or `maxBytes`) and parses it with `schema`. Every way it can be wrong
 * — not JSON, not an object, failing the schema — is a RequestRejected with messages per field.
 */
export async function parseJsonBody<T>(
  request: Request,
  schema: ZodType<T>,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<T> {
  if (!hasJsonContentType(request)) reject(415, JSON_CONTENT_TYPE_MESSAGE);
  const text = await readLimitedText(request, maxBytes);
  if (text.trim() === "") reject(400, "The request body is empty; send the monitor's fields as a JSON object.");
  let json: unknown;
  try {
    // JSON.parse creates "__proto__" as an own property, never as the prototype; the schema then drops unknown keys.
    json = JSON.parse(text);
  } catch {
    reject(400, "The request body is not valid JSON.");
  }
  if (!isPlainObject(json)) reject(400, "The request body must be a JSON object of monitor fields.");
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue): ApiError => {
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    return field ? { code: 400, message: issue.message, field } : { code: 400, message: issue.message };
  });
  const [first, ...rest] = errors;
  if (!first) reject(400, "The request body is not valid.");
  throw new RequestRejected(400, [first, ...rest]);
}
