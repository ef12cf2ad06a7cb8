import { type ApiError } from "@/lib/api/envelope";
import { touchesCrossFields, validateEditAgainst } from "./cross-field-rules";
import { type MonitorEditBody } from "./edit-schema";
import { isRoundTripMonitor, type UpstreamMonitor } from "./upstream";

/**
 * The edit rules that need the monitor's current values (time limit under the interval, main location
 * among the locations, ...). `loadCurrent` is called only when the patch touches one of those fields.
 */
export async function checkEditAgainstCurrent(
  patch: MonitorEditBody,
  loadCurrent: () => Promise<UpstreamMonitor>,
): Promise<ApiError[]> {
  if (!touchesCrossFields(patch)) return [];
  const current = await loadCurrent();
  if (!isRoundTripMonitor(current)) {
    return [
      {
        code: 400,
        message: `Monitor ${current.id} is a ${current.type ?? "different"} monitor; this console edits round-trip email monitors only.`,
      },
    ];
  }
  return validateEditAgainst(current, patch).map((issue) => ({ code: 400, message: issue.message, field: issue.path }));
}
