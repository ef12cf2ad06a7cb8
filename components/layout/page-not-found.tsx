import { CompassIcon } from "lucide-react";
import { DeadEnd } from "@/components/monitors/dead-end";

export function PageNotFound() {
  return (
    <DeadEnd title="Page not found" Icon={CompassIcon}>
      The console has no page at this address. The link may be mistyped, or the page may have moved.
    </DeadEnd>
  );
}
