"use client";

import { PageError } from "@/components/layout/page-error";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <PageError error={error} retry={retry} />
    </main>
  );
}
