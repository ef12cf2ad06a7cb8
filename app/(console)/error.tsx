"use client";

import { PageError } from "@/components/layout/page-error";

/** An unexpected failure in a signed-in page: shown inside the console's layout, so the header stays. */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError error={error} retry={retry} />;
}
