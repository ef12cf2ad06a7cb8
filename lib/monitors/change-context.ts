import "server-only";
import { type AlertSiteClient } from "@/lib/alertsite";
import { type UpstreamMonitor } from "./upstream";

/**
 * How a recorded change is made when it is one item of a bulk action (lib/bulk/): the action's
 * AlertSite client (it waits out 429s for the whole action), the action's id for the history entry,
 * the monitor as the action's one list read found it (no read per item), and who to tell the
 * history entry's id. A single change from a page passes none of these.
 */
export type ChangeContext = {
  alertSite?: AlertSiteClient;
  bulkActionId?: string;
  /** The monitor as it is now, when already read; otherwise the change reads it itself. */
  current?: UpstreamMonitor;
  onAttemptWritten?: (entryId: string) => Promise<void>;
};
