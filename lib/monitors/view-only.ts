import { type UpstreamMonitor } from "./upstream";

/**
 * AlertSite's sign that the user may only view monitors: every monitor it listed says
 * `access_type: "View"` (any case), and it listed at least one. Anything else is no sign at all.
 */
export function isViewOnlyList(monitors: readonly Pick<UpstreamMonitor, "access_type">[]): boolean {
  return (
    monitors.length > 0 &&
    monitors.every((monitor) => typeof monitor.access_type === "string" && monitor.access_type.toLowerCase() === "view")
  );
}
