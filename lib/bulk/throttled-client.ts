import "server-only";
import { type AlertSiteClient } from "@/lib/alertsite";
import { type RequestGate, type WaitHooks } from "./request-gate";

/**
 * `client` with every monitor call an item makes (read, list, create, edit, delete) sent through the
 * action's gate; `hooks` hear about this item's waits.
 */
export function throttledAlertSite(client: AlertSiteClient, gate: RequestGate, hooks: WaitHooks): AlertSiteClient {
  const through =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      gate.send(() => call(...args), hooks);
  return {
    ...client,
    getMonitor: through(client.getMonitor),
    listRoundTripMonitors: through(client.listRoundTripMonitors),
    createRoundTripMonitor: through(client.createRoundTripMonitor),
    editRoundTripMonitor: through(client.editRoundTripMonitor),
    deleteMonitor: through(client.deleteMonitor),
  };
}
