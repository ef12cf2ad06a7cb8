import { SearchXIcon } from "lucide-react";
import { DeadEnd } from "./dead-end";

export function MonitorNotFound({ id }: { id: string }) {
  return (
    <DeadEnd title={`Monitor ${id} was not found`} Icon={SearchXIcon}>
      AlertSite has no monitor with that ID in your account. It may have been deleted, or the link may be mistyped.
    </DeadEnd>
  );
}
