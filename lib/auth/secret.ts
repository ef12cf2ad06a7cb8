import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MISSING_SECRET_MESSAGE } from "./secret-message";

const DEV_SECRET_FILE = path.join(process.cwd(), ".data", "dev-auth-secret");

let devSecret: string | undefined;

/**
 * Development only: a random secret kept in the git-ignored .data folder, so `npm run dev` works
 * with no env file and sessions survive a restart of the dev server.
 */
function developmentSecret(): string {
  if (devSecret) return devSecret;
  try {
    devSecret = readFileSync(DEV_SECRET_FILE, "utf8").trim();
  } catch {
    devSecret = "";
  }
  if (devSecret.length < 32) {
    devSecret = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true });
    writeFileSync(DEV_SECRET_FILE, devSecret, { mode: 0o600 });
  }
  return devSecret;
}

export function getAuthSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production") throw new Error(MISSING_SECRET_MESSAGE);
  return developmentSecret();
}
