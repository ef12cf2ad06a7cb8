import { MonitorPageSkeleton } from "@/components/monitors/page/monitor-page-skeleton";

export default function MonitorLoading() {
  return <MonitorPageSkeleton />;
}
