import { defineConfig } from "drizzle-kit";

// `npm run db:generate` compares lib/db/schema.ts with the committed migrations and writes the next
// one; generating needs no database. The console applies them itself (lib/db/migrate.ts).
export default defineConfig({
  schema: "./lib/db/schema.ts",
  out: "./lib/db/migrations",
  dialect: "postgresql",
});
