import type { LoggerInstance } from "next-auth";
import { escapeForLog } from "@/lib/logging/log-text";

type Line = (text: string) => void;

/** An error's name and message, or an object's own plain fields: never a stack, never nested objects. */
function describe(metadata: unknown): string {
  if (metadata instanceof Error) return `${metadata.name}: ${metadata.message}`;
  if (typeof metadata !== "object" || metadata === null) return metadata === undefined ? "" : String(metadata);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (value instanceof Error) parts.push(`${key}=${value.name}: ${value.message}`);
    else if (["string", "number", "boolean"].includes(typeof value)) parts.push(`${key}=${String(value)}`);
  }
  return parts.join(" ");
}

function line(level: string, code: unknown, metadata?: unknown): string {
  const detail = describe(metadata);
  return escapeForLog(`[next-auth] ${level} ${String(code)}${detail ? `: ${detail}` : ""}`);
}

/**
 * next-auth's logger: one line per event, with control characters and bidirectional overrides
 * escaped, so values from the request (a raw `callbackUrl`, say) cannot forge or disguise lines.
 * next-auth's default writes the raw value and a stack over several lines.
 */
export function createAuthLogger({
  error = (text) => console.error(text),
  warn = (text) => console.warn(text),
}: { error?: Line; warn?: Line } = {}) {
  return {
    error: (code, metadata) => error(line("error", code, metadata)),
    warn: (code) => warn(line("warn", code)),
    // Debug output is off (next-auth's `debug` is never set); nothing of it is worth a line.
    debug: () => undefined,
  } satisfies Partial<LoggerInstance>;
}
