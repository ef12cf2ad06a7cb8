import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SERVER_LOGS } from "./ports";

export type SeenSecret = { kind: string; value: string };

/** Notes a token or password a test used, for the end-of-run scan of the server logs (global-teardown.ts). */
export function recordSecret(kind: string, value: string): void {
  mkdirSync(path.dirname(SERVER_LOGS.secretsSeen), { recursive: true });
  // One short line per append: O_APPEND keeps lines from the two workers whole.
  appendFileSync(SERVER_LOGS.secretsSeen, `${kind}\t${value}\n`);
}

export function readSecretsSeen(): SeenSecret[] {
  if (!existsSync(SERVER_LOGS.secretsSeen)) return [];
  return readFileSync(SERVER_LOGS.secretsSeen, "utf8")
    .split("\n")
    .flatMap((line) => {
      const [kind = "", value = ""] = line.split("\t");
      return value ? [{ kind, value }] : [];
    });
}
