import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import { monitorRecordSchema } from "./monitor-record";

/**
 * What users changed, relative to the seed monitors: monitors they created or edited
 * (stored whole), seed monitors they deleted, and the next id to hand out.
 */
const savedStateSchema = z.object({
  version: z.literal(1),
  next_id: z.int().positive(),
  upserted: z.array(monitorRecordSchema),
  deleted: z.array(z.int()),
});

export type SavedState = z.infer<typeof savedStateSchema>;

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

/** The saved state, or undefined when the file does not exist yet. */
export async function loadState(file: string): Promise<SavedState | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`Sandbox data file ${file} is not valid JSON. Fix it or delete it to start from the seed data.`);
  }
  const parsed = savedStateSchema.safeParse(json);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    const where = problem ? ` (${problem.path.join(".") || "root"}: ${problem.message})` : "";
    throw new Error(
      `Sandbox data file ${file} does not have the expected shape${where}. Fix it or delete it to start from the seed data.`,
    );
  }
  return parsed.data;
}

/** Writes to a temporary file first, then renames it, so a crash never leaves half a file. */
export async function saveState(file: string, state: SavedState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
