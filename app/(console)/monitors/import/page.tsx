import { type Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ImportMonitors } from "@/components/monitors/import/import-monitors";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";

export const metadata: Metadata = { title: "Import monitors" };

export default function ImportMonitorsPage() {
  return (
    <div className="space-y-6">
      <ViewOnlyArea watchList>
        <PageHeader
          title="Import monitors"
          description="Create many monitors from a CSV or JSON file: every row is checked first, and nothing is created until you confirm."
        />
        <ImportMonitors />
      </ViewOnlyArea>
    </div>
  );
}
