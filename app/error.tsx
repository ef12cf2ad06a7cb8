"use client";

import { PageError } from "@/components/layout/page-error";
import { PublicShell } from "@/components/layout/public-shell";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <PublicShell>
      <PageError error={error} retry={retry} />
    </PublicShell>
  );
}
