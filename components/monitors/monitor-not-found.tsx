import { DeadEnd } from "./dead-end";

export function MonitorNotFound({ id }: { id: string }) {
  return (
    <DeadEnd title={`Monitor ${id} was not found`}>
      AlertSite has no monitor with that ID in your account. It may have been deleted, or the link may be mistyped.
    </DeadEnd>
  );
}
