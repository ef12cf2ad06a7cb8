import path from "node:path";

import { z } from "zod";

import { DEMO_ADMIN } from "./demo-users";
import { startSandbox } from "./server";

const HOST = "127.0.0.1";

// An empty variable (`FOO=` in an env file) means "not set".
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
  ALERTSITE_SANDBOX_PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(4010)),
  SANDBOX_DATA_FILE: z.preprocess(unsetIfEmpty, z.string().default(".data/sandbox.json")),
  SANDBOX_TOKEN_TTL_SECONDS: z.preprocess(unsetIfEmpty, z.coerce.number().int().positive().default(3600)),
  SANDBOX_GENERATED_MONITORS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(1_000_000).default(0)),
  SANDBOX_TEST_CONTROLS: z.preprocess(unsetIfEmpty, z.enum(["0", "1"]).default("0")),
  // Logins separated by commas whose reads vary as AlertSite's documentation allows.
  SANDBOX_READ_VARIATIONS: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .default("")
      .transform((logins) => logins.split(",").filter((login) => login.trim() !== "")),
  ),
});

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EADDRINUSE";
}

function readEnvironment() {
  const parsed = envSchema.safeParse(process.env);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    console.error(`AlertSite sandbox: invalid ${issue.path.join(".")}: ${issue.message}`);
  }
  process.exit(1);
}

async function main(): Promise<void> {
  const env = readEnvironment();
  const dataFile = env.SANDBOX_DATA_FILE === "memory" ? null : path.resolve(env.SANDBOX_DATA_FILE);
  let sandbox;
  try {
    sandbox = await startSandbox({
      port: env.ALERTSITE_SANDBOX_PORT,
      host: HOST,
      dataFile,
      tokenTtlSeconds: env.SANDBOX_TOKEN_TTL_SECONDS,
      generatedMonitors: env.SANDBOX_GENERATED_MONITORS,
      readVariations: env.SANDBOX_READ_VARIATIONS,
      testControls: env.SANDBOX_TEST_CONTROLS === "1",
      log: (line) => console.log(`${new Date().toISOString()} ${line}`),
    });
  } catch (error) {
    if (isAddressInUse(error)) {
      console.error(
        `AlertSite sandbox: port ${env.ALERTSITE_SANDBOX_PORT} on ${HOST} is already in use. ` +
          "Stop the other process (maybe a sandbox that is still running) or set ALERTSITE_SANDBOX_PORT.",
      );
    } else {
      console.error(`AlertSite sandbox could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  }

  const storage = dataFile === null ? "in memory only" : `saving changes to ${dataFile}`;
  console.log(
    `AlertSite sandbox listening on ${sandbox.url} (demo login: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password})`,
  );
  console.log(`AlertSite sandbox: ${storage}; ${env.SANDBOX_GENERATED_MONITORS} generated monitors.`);
  if (env.SANDBOX_READ_VARIATIONS.length > 0) {
    console.log(`AlertSite sandbox: reads vary for ${env.SANDBOX_READ_VARIATIONS.join(", ")}.`);
  }

  const running = sandbox;
  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`AlertSite sandbox: ${signal} received, shutting down.`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`AlertSite sandbox: error while shutting down: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

void main();
