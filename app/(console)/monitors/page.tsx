import { PlusIcon, UploadIcon } from "lucide-react";
import { type Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { ListSkeleton } from "@/components/monitors/list/list-skeleton";
import { MonitorList } from "@/components/monitors/list/monitor-list";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";
import { HiddenWhenViewOnly } from "@/components/monitors/view-only/view-only-context";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Monitors" };

export default function MonitorsPage() {
  return (
    <div className="space-y-6">
      <ViewOnlyArea watchList>
        <PageHeader
          title="Round-trip email monitors"
          description="Find a monitor by its name, ID, test mailbox or server. Open one to change it, or clone it to start a new one."
          action={
            <HiddenWhenViewOnly>
              <div className="flex flex-wrap gap-2">
                <Button asChild variant="outline">
                  <Link href="/monitors/import">
                    <UploadIcon aria-hidden />
                    Import
                  </Link>
                </Button>
                <Button asChild>
                  <Link href="/monitors/new">
                    <PlusIcon aria-hidden />
                    New monitor
                  </Link>
                </Button>
              </div>
            </HiddenWhenViewOnly>
          }
        />
        {/* useSearchParams needs a Suspense boundary. */}
        <Suspense fallback={<ListSkeleton />}>
          <MonitorList />
        </Suspense>
      </ViewOnlyArea>
    </div>
  );
}
