import { TriangleAlertIcon } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { plural } from "@/lib/plural";

/** Says how many monitors AlertSite sent in a form the console cannot read; nothing when there are none. */
export function SkippedMonitorsNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Alert variant="warning">
      <TriangleAlertIcon aria-hidden />
      <AlertDescription>
        <p>
          {plural(count, "monitor", "monitors")} could not be shown because AlertSite sent {count === 1 ? "it" : "them"}{" "}
          in a form the console can’t read.
        </p>
      </AlertDescription>
    </Alert>
  );
}
