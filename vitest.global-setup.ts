import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

// Creating a PGlite database runs initdb (seconds on a busy machine). Done once here, migrated, and
// kept under node_modules/.cache keyed by the migrations' content; each test file's in-memory
// database then starts from this copy (lib/db/connection.ts reads PGLITE_MEMORY_TEMPLATE).

const MIGRATIONS = path.join(import.meta.dirname, "lib/db/migrations");

async function migrationsHash(): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else hash.update(entry.name).update(await readFile(full));
    }
  };
  await walk(MIGRATIONS);
  return hash.digest("hex").slice(0, 16);
}

export default async function setup(): Promise<void> {
  const cacheDir = path.join(import.meta.dirname, "node_modules/.cache/console-tests");
  const template = path.join(cacheDir, `pglite-${await migrationsHash()}.tar`);
  if (!existsSync(template)) {
    const client = await PGlite.create();
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS });
    const dump = await client.dumpDataDir("none");
    await client.close();
    await mkdir(cacheDir, { recursive: true });
    const partial = `${template}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, template);
  }
  process.env.PGLITE_MEMORY_TEMPLATE = template;
}
