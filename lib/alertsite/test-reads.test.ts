import { describe, expect, it } from "vitest";
import { startedTestBodySchema, testStatusBodySchema } from "./test-reads";

const URL = "https://www.alertsite.com/report-api/detail/123";

describe("a started test (GET /tests?monitor_id=)", () => {
  it.each<[string, unknown, { testId: string; resultUrl: string | null }]>([
    ["id as a number", { id: 987, result_url: URL }, { testId: "987", resultUrl: URL }],
    ["id as a string", { id: "987", result_url: URL }, { testId: "987", resultUrl: URL }],
    ["test_id as a number", { test_id: 987 }, { testId: "987", resultUrl: null }],
    ["test_id as a token", { test_id: "a1b2-c3" }, { testId: "a1b2-c3", resultUrl: null }],
    ["wrapped in data", { data: { test_id: 987, result_url: URL } }, { testId: "987", resultUrl: URL }],
    ["wrapped in results", { results: [{ id: 987 }] }, { testId: "987", resultUrl: null }],
    ["wrapped in test", { test: { id: 987 } }, { testId: "987", resultUrl: null }],
    ["a one-item array", [{ test_id: "987" }], { testId: "987", resultUrl: null }],
    [
      "a result_url that is no web address",
      { id: 987, result_url: "javascript:alert(1)" },
      { testId: "987", resultUrl: null },
    ],
  ])("reads %s", (_shape, body, expected) => {
    expect(startedTestBodySchema.parse(body)).toEqual(expected);
  });

  it.each([
    ["no id", { result_url: URL }],
    ["an id with a slash", { id: "../monitors" }],
    ["a blank id", { id: " " }],
    ["a list of several tests", [{ id: 1 }, { id: 2 }]],
    ["a string", "started"],
    ["null", null],
  ])("refuses %s", (_shape, body) => {
    expect(startedTestBodySchema.safeParse(body).success).toBe(false);
  });
});

describe("a test's progress (GET /tests/{id})", () => {
  it.each<[string, unknown, object]>([
    [
      "running, as documented",
      { progress: 1, progress_desc: "Test In Progress", status: -1, status_desc: "" },
      { progress: 1, progressDescription: "Test In Progress", code: null, description: null },
    ],
    [
      "passed, progress as a string",
      { progress: "2", status: "0", status_desc: "Site is OK Now!" },
      { progress: 2, code: 0, description: "Site is OK Now!" },
    ],
    [
      "failed",
      { progress: 3, status: 51, status_desc: "Warning-Unable to resolve IP" },
      { progress: 3, code: 51, description: "Warning-Unable to resolve IP" },
    ],
    ["not found", { progress: 0 }, { progress: 0, code: null }],
    ["wrapped in data", { data: { progress: 2, status: 0 } }, { progress: 2, code: 0 }],
    ["no progress, a finished status", { status: 2, status_desc: "Timeout" }, { progress: null, code: 2 }],
    ["an unknown progress value", { progress: 9, status: 0 }, { progress: null, code: 0 }],
    ["a result page", { progress: 2, status: 0, result_url: URL }, { resultUrl: URL }],
  ])("reads %s", (_shape, body, expected) => {
    expect(testStatusBodySchema.parse(body)).toMatchObject(expected);
  });

  it.each([
    ["nothing known", { hello: "world" }],
    ["a word for progress", { progress: "running" }],
    ["HTML text", "<html></html>"],
    ["an empty array", []],
  ])("refuses %s", (_shape, body) => {
    expect(testStatusBodySchema.safeParse(body).success).toBe(false);
  });
});
