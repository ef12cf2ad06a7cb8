import "server-only";
import { getConfig } from "@/lib/config";
import { startHistoryRetention } from "@/lib/history/retention";
import { getDb } from "./index";

/**
 * Opens the database and applies its migrations before the console serves, then starts pruning old
 * history. If the database cannot be reached the console still starts: pages that only read
 * AlertSite work, and every change is refused (and says why) until the database answers.
 */
export async function prepareDatabase(): Promise<void> {
  const config = getConfig().database;
  const where = config.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.dataDir ?? "memory"}`;
  const started = Date.now();
  try {
    await getDb();
    console.log(`[db] ${where} ready, migrations applied, in ${Date.now() - started} ms`);
  } catch (error) {
    console.error(
      `[db] ${where} could not be opened: ${error instanceof Error ? error.message : "unknown error"}. ` +
        "Changes to monitors are refused until it answers.",
    );
    return;
  }
  await startHistoryRetention();
}
