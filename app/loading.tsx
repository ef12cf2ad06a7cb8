import { FormSkeleton } from "@/components/monitors/edit/form-skeleton";

export default function RootLoading() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <FormSkeleton label="Loading…" />
    </main>
  );
}
