import type { Metadata } from "next";
import { EditMonitor } from "@/components/monitors/edit/edit-monitor";
import { MonitorNotFound } from "@/components/monitors/monitor-not-found";
import { isMonitorId } from "@/lib/monitors/monitor-id";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: isMonitorId(id) ? `Edit monitor ${id}` : "Monitor not found" };
}

export default async function EditMonitorPage({ params }: { params: Params }) {
  const { id } = await params;
  // A malformed id never reaches AlertSite.
  if (!isMonitorId(id)) return <MonitorNotFound id={decodeURIComponentSafely(id)} />;
  return <EditMonitor id={id} />;
}

function decodeURIComponentSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
