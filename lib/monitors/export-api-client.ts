import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { apiErrorEnvelopeSchema } from "@/lib/api/envelope";
import { attachmentFileName } from "@/lib/api/client/save-file";
import { type ExportRequest } from "./export/export-request";

const NETWORK_FAILURE =
  "The console could not be reached, so nothing was exported. Check your connection and try again.";

/** POST /api/monitors/export: the file and its name, or a ConsoleApiError with the console's words. */
export async function fetchExport(request: ExportRequest): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch("/api/monitors/export", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
      credentials: "same-origin",
    });
  } catch {
    throw new ConsoleApiError(0, [{ code: 0, message: NETWORK_FAILURE }]);
  }
  if (!response.ok) {
    const envelope = apiErrorEnvelopeSchema.safeParse(await response.json().catch(() => undefined));
    throw new ConsoleApiError(
      response.status,
      envelope.success
        ? envelope.data.errors
        : [
            {
              code: response.status,
              message: `The console answered ${response.status} without an explanation. Try again.`,
            },
          ],
    );
  }
  const fileName =
    attachmentFileName(response.headers.get("Content-Disposition")) ?? `alertsite-monitors.${request.format}`;
  return { blob: await response.blob(), fileName };
}
