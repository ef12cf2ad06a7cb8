import { SearchXIcon } from "lucide-react";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { DeadEnd } from "./dead-end";

/** Names the monitor only when the id is a real monitor id: anything else in the URL is never repeated. */
export function MonitorNotFound({ id }: { id: string }) {
  const title = isMonitorId(id) ? `Monitor ${id} was not found` : "This monitor was not found";
  return (
    <DeadEnd title={title} Icon={SearchXIcon}>
      AlertSite has no monitor with that ID in your account. It may have been deleted, or the link may be mistyped.
    </DeadEnd>
  );
}
