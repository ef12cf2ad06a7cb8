import "server-only";
import { getConfig } from "@/lib/config";
import { type ConsoleDb, type DatabaseHandle, openDatabase } from "./connection";

export { type ConsoleDb } from "./connection";

// One database per process, opened and migrated on first use. Held on globalThis so that `next dev`
// reloading this module never opens a second PGlite on the same files.
const holder = globalThis as typeof globalThis & { consoleDatabase?: Promise<DatabaseHandle> };

async function openAndMigrate(): Promise<DatabaseHandle> {
  const handle = await openDatabase(getConfig().database);
  try {
    await handle.migrate();
    return handle;
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

/**
 * The console's database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite under
 * PGLITE_DATA_DIR. A failure to open or migrate is not remembered: the next call tries again, so
 * the console recovers once PostgreSQL is back.
 */
export async function getDb(): Promise<ConsoleDb> {
  holder.consoleDatabase ??= openAndMigrate();
  const opening = holder.consoleDatabase;
  try {
    return (await opening).db;
  } catch (error) {
    if (holder.consoleDatabase === opening) holder.consoleDatabase = undefined;
    throw error;
  }
}

/** Closes the database (tests, and the migrate command); the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const opening = holder.consoleDatabase;
  holder.consoleDatabase = undefined;
  if (!opening) return;
  const handle = await opening.catch(() => undefined);
  await handle?.close();
}
