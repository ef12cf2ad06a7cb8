import type { Metadata } from "next";
import { CreateMonitorForm } from "@/components/monitors/create-monitor-form";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";
import { type FieldGroup, MONITOR_FIELDS } from "@/lib/monitors/fields";
import { prefillFromSearchParams } from "@/lib/monitors/prefill";
import { isMonitorFieldName } from "@/lib/monitors/field-names";

export const metadata: Metadata = { title: "New monitor" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewMonitorPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const prefill = prefillFromSearchParams(params);
  const openGroups = [
    ...new Set(
      Object.keys(prefill)
        .filter(isMonitorFieldName)
        .map((field): FieldGroup => MONITOR_FIELDS[field].group)
        .filter((group) => group !== "required"),
    ),
  ];
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  const returnPath = query.size > 0 ? `/monitors/new?${query.toString()}` : "/monitors/new";

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <ViewOnlyArea>
        <div>
          <h1 id="page-heading" className="text-2xl font-bold">
            New round-trip email monitor
          </h1>
          <p className="mt-2 text-slate-700">
            A round-trip monitor sends a test email through your outgoing mail server and checks that it arrives in a
            mailbox. Fill in the five basics; everything else can stay at your account&apos;s defaults.
          </p>
        </div>
        <CreateMonitorForm prefill={prefill} openGroups={openGroups} returnPath={returnPath} />
      </ViewOnlyArea>
    </div>
  );
}
