import { z } from "zod";
import { firstPresent, isPlainObject, looseHttpUrl, looseInteger, looseText } from "./loose-values";
import { isTestId } from "@/lib/monitors/test-id";
import { listRecords } from "./tolerant-parse";

// `GET /tests?monitor_id=` (start) and `GET /tests/{id}` (progress). Documented for website tests,
// with field names unknown: the id as `id` or `test_id` (number or string), the result page as
// `result_url`, and either answer possibly wrapped (`data`, `results`, `test`, a one-item array).

const TEST_ID_KEYS = ["test_id", "id", "testId", "testid"] as const;
const RESULT_URL_KEYS = ["result_url", "resultUrl", "url", "results_url"] as const;
const WRAPPER_KEYS = ["data", "test", "result", "results"] as const;

/** The record inside the usual wrappers: itself, `{data: {...}}`, `{results: [{...}]}`, `[{...}]`. */
function unwrap(
  body: unknown,
  isWanted: (record: Record<string, unknown>) => boolean,
): Record<string, unknown> | undefined {
  let current = body;
  for (let depth = 0; depth < 3; depth += 1) {
    if (isPlainObject(current) && isWanted(current)) return current;
    const records = listRecords(current);
    if (records !== undefined) current = records.length === 1 ? records[0] : undefined;
    if (!isPlainObject(current)) return undefined;
    if (isWanted(current)) return current;
    const record = current;
    const key = WRAPPER_KEYS.find((candidate) => isPlainObject(record[candidate]));
    if (key === undefined) return undefined;
    current = record[key];
  }
  return undefined;
}

/** A test id: a number or any short non-blank text without spaces, carried as a string. */
function testIdOf(record: Record<string, unknown>): string | null {
  const text = looseText(firstPresent(record, TEST_ID_KEYS));
  return isTestId(text) ? text : null;
}

export type StartedTestAnswer = { testId: string; resultUrl: string | null };

/** The started test, wherever its id is; a bad response when no id can be found. */
export const startedTestBodySchema = z.unknown().transform((body, context): StartedTestAnswer => {
  const record = unwrap(body, (candidate) => testIdOf(candidate) !== null);
  const testId = record === undefined ? null : testIdOf(record);
  if (record !== undefined && testId !== null) {
    return { testId, resultUrl: looseHttpUrl(firstPresent(record, RESULT_URL_KEYS)) };
  }
  context.issues.push({ code: "custom", message: "Expected the started test's id", input: body });
  return z.NEVER;
});

/** AlertSite's progress: 0 test not found, 1 in progress, 2 passed, 3 failed. */
export type TestProgressValue = 0 | 1 | 2 | 3;

export type TestStatusAnswer = {
  progress: TestProgressValue | null;
  progressDescription: string | null;
  /** AlertSite's status code once finished (-1 while running is read as no code). */
  code: number | null;
  description: string | null;
  resultUrl: string | null;
};

function progressOf(value: unknown): TestProgressValue | null {
  const progress = looseInteger(value);
  return progress === 0 || progress === 1 || progress === 2 || progress === 3 ? progress : null;
}

const hasProgress = (record: Record<string, unknown>) =>
  progressOf(record.progress) !== null || looseInteger(firstPresent(record, ["status", "status_code"])) !== null;

/** A test's progress; a bad response when neither a progress nor a status code can be read. */
export const testStatusBodySchema = z.unknown().transform((body, context): TestStatusAnswer => {
  const record = unwrap(body, hasProgress);
  if (record === undefined) {
    context.issues.push({ code: "custom", message: "Expected the test's progress", input: body });
    return z.NEVER;
  }
  const code = looseInteger(firstPresent(record, ["status", "status_code"]));
  return {
    progress: progressOf(record.progress),
    progressDescription: looseText(firstPresent(record, ["progress_desc", "progress_description"])),
    code: code === null || code < 0 ? null : code,
    description: looseText(firstPresent(record, ["status_desc", "status_description"])),
    resultUrl: looseHttpUrl(firstPresent(record, RESULT_URL_KEYS)),
  };
});
