"use client";

import { RotateCwIcon, TriangleAlertIcon } from "lucide-react";
import { DeadEnd } from "@/components/monitors/dead-end";
import { Button } from "@/components/ui/button";

type PageErrorProps = { error: unknown; retry: () => void };

/** Next's digest of a server error: the same id is in the server log, so a report can be matched to it. */
function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}

/** What an error boundary shows: plain words, a way to try again and a way back. Never the error's own text. */
export function PageError({ error, retry }: PageErrorProps) {
  const digest = digestOf(error);
  return (
    <DeadEnd
      title="This page could not be shown"
      Icon={TriangleAlertIcon}
      actions={
        <Button onClick={retry}>
          <RotateCwIcon aria-hidden />
          Try again
        </Button>
      }
    >
      The console hit an unexpected problem. Try again; if it keeps happening, tell whoever runs the console
      {digest ? ` and quote reference ${digest}` : ""}.
    </DeadEnd>
  );
}
