import { type Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ListSkeleton } from "@/components/monitors/list/list-skeleton";
import { MonitorList } from "@/components/monitors/list/monitor-list";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";
import { HiddenWhenViewOnly } from "@/components/monitors/view-only/view-only-context";

export const metadata: Metadata = { title: "Monitors" };

export default function MonitorsPage() {
  return (
    <div className="space-y-6">
      <ViewOnlyArea watchList>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold text-slate-900">Round-trip email monitors</h1>
            <p className="mt-1 text-slate-700">
              Find a monitor by its name, ID, test mailbox or server. Open one to change it, or clone it to start a new
              one.
            </p>
          </div>
          <HiddenWhenViewOnly>
            <Link
              href="/monitors/new"
              className="inline-flex shrink-0 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-800"
            >
              New monitor
            </Link>
          </HiddenWhenViewOnly>
        </div>
        {/* useSearchParams needs a Suspense boundary. */}
        <Suspense fallback={<ListSkeleton />}>
          <MonitorList />
        </Suspense>
      </ViewOnlyArea>
    </div>
  );
}
