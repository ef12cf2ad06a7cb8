import { z } from "zod";

// Shared by the browser client (lib/api/client) and the route handlers (lib/api/server).

/**
 * One problem, as the browser shows it: the console's plain words (`message`), what to do next
 * (`action`), AlertSite's own text when the problem came from AlertSite (`alertSite`, shown under
 * the plain words, never instead of them), and the form field it belongs to where the console could tell.
 */
export const apiErrorSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  action: z.string().optional(),
  alertSite: z.string().optional(),
  field: z.string().optional(),
});

/**
 * After a write whose answer was lost, what the console found when it looked: the change is not
 * there, so sending it again is safe ("not-saved"), or it could not tell ("unknown").
 */
export const writeOutcomeSchema = z.enum(["not-saved", "unknown"]);

/**
 * Why the console itself refused a request, where the page words it differently:
 * "history-unavailable": the change was not sent, because it could not be written to the history first.
 */
export const refusalReasonSchema = z.enum(["history-unavailable"]);
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

export const apiErrorEnvelopeSchema = z.object({
  errors: z.array(apiErrorSchema).min(1),
  /** Seconds to wait before retrying, when AlertSite said so (429, 503). */
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  outcome: writeOutcomeSchema.optional(),
  reason: refusalReasonSchema.optional(),
});

export type ApiError = z.infer<typeof apiErrorSchema>;
export type ApiErrorEnvelope = z.infer<typeof apiErrorEnvelopeSchema>;
export type WriteOutcome = z.infer<typeof writeOutcomeSchema>;

/** Why AlertSite's answer to a write was lost, when the console then found the change made. */
export const RESOLVED_AFTER = ["timeout", "connection-lost", "gateway-error", "unreadable-answer"] as const;
export const resolvedAfterSchema = z.enum(RESOLVED_AFTER);
export type ResolvedAfter = z.infer<typeof resolvedAfterSchema>;

export const consoleMonitorIdResponseSchema = z.object({
  id: z.string().min(1),
  /** Set when AlertSite's answer was lost and the console found the change made when it looked. */
  resolvedAfter: resolvedAfterSchema.optional(),
});
export type ConsoleMonitorIdResponse = z.infer<typeof consoleMonitorIdResponseSchema>;

/** An error in lines for a page: the plain words and what to do, then "AlertSite said: …" when there is one. */
export function errorLines(error: ApiError): string[] {
  const plain = error.action ? `${error.message} ${error.action}` : error.message;
  return error.alertSite === undefined ? [plain] : [plain, `AlertSite said: ${error.alertSite}`];
}
