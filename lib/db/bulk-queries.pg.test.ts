import { afterAll, beforeAll } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { closeDb } from "./index";
import { type PostgresServer, startPostgres } from "./testing/postgres-server";
import { bulkQuerySuite } from "./testing/bulk-query-suite";

// The bulk-action query tests against a real PostgreSQL (DATABASE_URL), started here on 127.0.0.1. Without
// PostgreSQL's server installed this file fails, saying how to install it: it never skips.

let server: PostgresServer | undefined;

beforeAll(async () => {
  server = startPostgres();
  process.env.DATABASE_URL = server.url;
  resetConfigForTests();
  await closeDb();
}, 180_000);

bulkQuerySuite();

afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  resetConfigForTests();
  server?.stop();
}, 60_000);
