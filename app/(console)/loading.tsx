import { PageLoading } from "@/components/layout/page-loading";

export default function ConsoleLoading() {
  return <PageLoading />;
}
