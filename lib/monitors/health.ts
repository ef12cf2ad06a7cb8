import { z } from "zod";

// The console's own shapes for a monitor's health and its on-demand tests: what the console's API
// answers and the pages show. lib/alertsite reads AlertSite's (unknown) shapes; lib/monitors/health-*
// turns them into these. Shared by route handlers and pages.

/** A monitor's state in plain words: OK, Failing, Paused (monitoring off), or Unknown (no result yet, or unreadable). */
export const monitorStateSchema = z.enum(["ok", "failing", "paused", "unknown"]);
export type MonitorState = z.infer<typeof monitorStateSchema>;

/** What the console makes of one AlertSite status code: a few words, and the likely fix. */
export const statusExplanationSchema = z.object({
  /** A few plain words for a list row, e.g. "test message not received in time". */
  reason: z.string(),
  /** What to check, for the monitor page, e.g. "Check that the SMTP server accepts mail without a login, …". */
  fix: z.string().nullable(),
});
export type StatusExplanation = z.infer<typeof statusExplanationSchema>;

/** The latest result at one location (or the monitor's overall result when AlertSite names no location). */
export const locationStatusSchema = z.object({
  locationId: z.string().nullable(),
  /** The location's name when AlertSite or the monitor names it. */
  locationName: z.string().nullable(),
  state: monitorStateSchema,
  /** AlertSite's status code: 0 is OK. Null when AlertSite sent none the console could read. */
  code: z.number().int().nullable(),
  /** AlertSite's own description of the code, shown beside the explanation, never replaced by it. */
  description: z.string().nullable(),
  explanation: statusExplanationSchema.nullable(),
  /** When AlertSite last checked, as an ISO 8601 string, when it said so readably. */
  checkedAt: z.string().nullable(),
  /** The last response time in seconds, when AlertSite said so. */
  responseSeconds: z.number().nullable(),
});
export type LocationStatus = z.infer<typeof locationStatusSchema>;

/** One monitor's health: the overall state (worst of its locations; Paused when monitoring is off). */
export const monitorHealthSchema = z.object({
  state: monitorStateSchema,
  /** The failing result's explanation, for a list row. Null unless failing. */
  reason: z.string().nullable(),
  checkedAt: z.string().nullable(),
  locations: z.array(locationStatusSchema),
});
export type MonitorHealth = z.infer<typeof monitorHealthSchema>;

/**
 * Status for a list or a monitor page: `available` with each monitor's health by id (a monitor
 * AlertSite reported nothing for is Unknown, or Paused when monitoring is off), or `unavailable`
 * when the status call failed or could not be read; the page still shows, saying so.
 */
export const healthReportSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("available"), byId: z.record(z.string(), monitorHealthSchema) }),
  z.object({ status: z.literal("unavailable"), message: z.string() }),
]);
export type HealthReport = z.infer<typeof healthReportSchema>;

/** POST /api/monitors/{id}/tests answers with the started test. */
export const startedTestSchema = z.object({
  testId: z.string().min(1),
  /** AlertSite's page for the result, when it gave one. */
  resultUrl: z.string().nullable(),
});
export type StartedTest = z.infer<typeof startedTestSchema>;

/** GET /api/monitors/{id}/tests/{testId}: where the test is. */
export const testPhaseSchema = z.enum(["running", "passed", "failed", "not-found"]);
export type TestPhase = z.infer<typeof testPhaseSchema>;

export const testProgressSchema = z.object({
  testId: z.string().min(1),
  phase: testPhaseSchema,
  /** AlertSite's progress text, e.g. "Test In Progress". */
  progressDescription: z.string().nullable(),
  code: z.number().int().nullable(),
  description: z.string().nullable(),
  explanation: statusExplanationSchema.nullable(),
  resultUrl: z.string().nullable(),
});
export type TestProgress = z.infer<typeof testProgressSchema>;
