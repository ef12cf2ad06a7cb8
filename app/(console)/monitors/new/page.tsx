import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateMonitorForm, type CopySource } from "@/components/monitors/create-monitor-form";
import { ViewOnlyArea } from "@/components/monitors/view-only/view-only-area";
import { currentSession } from "@/lib/auth/session";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { isMonitorFieldName } from "@/lib/monitors/field-names";
import { type FieldGroup, groupInfo, MONITOR_FIELDS } from "@/lib/monitors/fields";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { prefetchMonitor } from "@/lib/monitors/prefetch-monitor";
import { copyOfMonitor, prefillFromSearchParams } from "@/lib/monitors/prefill";
import { monitorQuery } from "@/lib/monitors/queries";
import { isRoundTripMonitor } from "@/lib/monitors/upstream";
import { isBlank } from "@/lib/monitors/values";
import { getQueryClient } from "@/lib/query-client";
import { signInPath } from "@/lib/safe-return-url";

export const metadata: Metadata = { title: "New monitor" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Reads the monitor to copy (`?from=ID`) with the user's token, as the edit page does. */
async function copySource(id: string, returnPath: string): Promise<CopySource> {
  const session = await currentSession();
  if (!session) redirect(signInPath(returnPath));
  const queryClient = getQueryClient();
  const read = await prefetchMonitor(queryClient, session.alertSiteToken, id);
  const monitor = queryClient.getQueryData(monitorQuery(id).queryKey);
  if (read.outcome === "not-found")
    return { id, problem: `Monitor ${id} was not found, so there was nothing to copy.` };
  if (read.outcome === "failed" || !monitor) {
    const reason = read.outcome === "failed" ? read.failure.messages.join(" ") : "";
    return { id, problem: `Monitor ${id} could not be read, so nothing was copied. ${reason}`.trim() };
  }
  if (!isRoundTripMonitor(monitor)) {
    return { id, problem: `Monitor ${id} is not a round-trip email monitor, so it cannot be copied here.` };
  }
  return { id, name: monitor.name?.trim() || `Monitor ${id}`, values: copyOfMonitor(monitor) };
}

/** Folded sections holding a given value: opened so the user sees what was filled in. */
function groupsWithValues(values: Partial<MonitorFormValues>): FieldGroup[] {
  const groups = Object.entries(values)
    .filter(([field, value]) => isMonitorFieldName(field) && !isBlank(value))
    .map(([field]) => (isMonitorFieldName(field) ? MONITOR_FIELDS[field].group : "basics"))
    .filter((group) => !groupInfo(group).isAlwaysOpen);
  return [...new Set(groups)];
}

export default async function NewMonitorPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  const returnPath = query.size > 0 ? `/monitors/new?${query.toString()}` : "/monitors/new";

  const from = typeof params.from === "string" && isMonitorId(params.from) ? params.from : undefined;
  const copy = from ? await copySource(from, returnPath) : undefined;
  // Fields named in the query still win over the copied ones (a portal may hand over both).
  const prefill = { ...(copy && "values" in copy ? copy.values : {}), ...prefillFromSearchParams(params) };

  return (
    <ViewOnlyArea>
      <CreateMonitorForm prefill={prefill} openGroups={groupsWithValues(prefill)} returnPath={returnPath} copy={copy} />
    </ViewOnlyArea>
  );
}
