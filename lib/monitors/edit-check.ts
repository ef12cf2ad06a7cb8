import { type ApiError } from "@/lib/api/envelope";
import { type MonitorEditBody, validateEditAgainst } from "./schema";
import { isRoundTripMonitor, type UpstreamMonitor } from "./upstream";

const CROSS_FIELDS = ["interval", "timeout", "locations", "home_location", "monitor_location_count"] as const;

/**
 * The edit rules that need the monitor's current values (time limit under the interval, main location
 * among the locations, ...). The monitor is read only when the patch touches one of those fields, so
 * a plain rename costs AlertSite one call, not two.
 */
export async function checkEditAgainstCurrent(
  patch: MonitorEditBody,
  loadCurrent: () => Promise<UpstreamMonitor>,
): Promise<ApiError[]> {
  if (!CROSS_FIELDS.some((field) => field in patch)) return [];
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
