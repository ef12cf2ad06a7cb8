import { getConfig } from "@/lib/config";
import { openDatabase } from "./connection";

// `npm run db:migrate`: applies the committed migrations to the configured database and exits. The
// console also applies them itself when it starts (instrumentation.ts), so this is for operators
// who migrate before a deploy, or check that DATABASE_URL works.

async function main(): Promise<void> {
  const config = getConfig().database;
  const where = config.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.dataDir ?? "memory"}`;
  const started = Date.now();
  const handle = await openDatabase(config);
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  console.log(`[db] migrations applied to ${where} in ${Date.now() - started} ms`);
}

main().catch((error: unknown) => {
  console.error(`[db] migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
