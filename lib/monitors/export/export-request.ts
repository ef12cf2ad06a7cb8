import { z } from "zod";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Most ids one request may name: 5,000 six-digit ids stay under the console's 64 KiB body limit. */
export const MAX_EXPORT_IDS = 5000;

/** POST /api/monitors/export: which monitors (absent: every one) in which format. */
export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: 'Choose "csv" or "json" as the export format.' }),
  monitorIds: z
    .array(z.string().regex(/^[1-9][0-9]{0,14}$/, "Each monitor id is a number such as 123456."), {
      error: "Send the monitor ids as a list.",
    })
    .min(1, "Choose at least one monitor to export.")
    .max(MAX_EXPORT_IDS, `Export at most ${MAX_EXPORT_IDS} chosen monitors at once, or export all of them.`)
    .optional(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;
