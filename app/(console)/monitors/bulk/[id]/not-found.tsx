import { SearchXIcon } from "lucide-react";
import Link from "next/link";
import { DeadEnd } from "@/components/monitors/dead-end";

/** An id that is not one of the person's bulk actions. */
export default function BulkActionNotFound() {
  return (
    <DeadEnd title="Bulk action not found" Icon={SearchXIcon}>
      There is no bulk action of yours at this address. The link may be mistyped, or the action was started by someone
      else.{" "}
      <Link href="/activity" className="text-primary underline-offset-4 hover:underline">
        See the activity
      </Link>
      .
    </DeadEnd>
  );
}
