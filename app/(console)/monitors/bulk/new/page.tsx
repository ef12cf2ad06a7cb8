import { type Metadata } from "next";
import { Suspense } from "react";
import { NewBulkAction } from "@/components/monitors/bulk/new-bulk-action";
import { ListSkeleton } from "@/components/monitors/list/list-skeleton";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";

export const metadata: Metadata = { title: "Change many monitors" };

/** `/monitors/bulk/new?action=pause|resume|delete|edit`: the selected monitors' preview, then Start. */
export default function NewBulkActionPage() {
  return (
    <ViewOnlyArea watchList>
      {/* useSearchParams needs a Suspense boundary. */}
      <Suspense fallback={<ListSkeleton />}>
        <NewBulkAction />
      </Suspense>
    </ViewOnlyArea>
  );
}
