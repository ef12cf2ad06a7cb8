import { FormSkeleton } from "@/components/monitors/edit/form-skeleton";

export default function ConsoleLoading() {
  return <FormSkeleton label="Loading…" />;
}
