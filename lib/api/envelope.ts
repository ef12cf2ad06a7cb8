import { z } from "zod";

// Shared by the browser client (lib/api/client) and the route handlers (lib/api/server).

/**
 * The one error shape the browser sees from every console route: AlertSite's own envelope, plus the
 * form field a message belongs to where the console could tell.
 */
export const apiErrorSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  field: z.string().optional(),
});

export const apiErrorEnvelopeSchema = z.object({
  errors: z.array(apiErrorSchema).min(1),
  /** Seconds to wait before retrying, when AlertSite said so (429, 503). */
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});

export type ApiError = z.infer<typeof apiErrorSchema>;
export type ApiErrorEnvelope = z.infer<typeof apiErrorEnvelopeSchema>;

export const consoleMonitorIdResponseSchema = z.object({ id: z.string().min(1) });
export type ConsoleMonitorIdResponse = z.infer<typeof consoleMonitorIdResponseSchema>;
