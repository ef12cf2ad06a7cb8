import { afterAll, beforeAll, beforeEach } from "vitest";
import { closeDb, getDb } from "../index";
import { bulkAction, historyEntry } from "../schema";

/** Opening the database can take seconds on a busy machine (PGlite starts PostgreSQL in WebAssembly). */
export const DATABASE_OPEN_TIMEOUT_MS = 120_000;

/** This test file's database: opened once, emptied before each test, closed at the end. */
export function withTestDatabase(): void {
  beforeAll(async () => {
    await getDb();
  }, DATABASE_OPEN_TIMEOUT_MS);
  beforeEach(async () => {
    const db = await getDb();
    await db.delete(historyEntry);
    // Items and retry keys go with their action.
    await db.delete(bulkAction);
  });
  afterAll(async () => {
    await closeDb();
  });
}
