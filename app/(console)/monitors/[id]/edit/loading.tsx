import { PageLoading } from "@/components/layout/page-loading";

// Without this, the monitor page's skeleton (../loading.tsx) would stand in for the form.
export default function EditMonitorLoading() {
  return <PageLoading />;
}
