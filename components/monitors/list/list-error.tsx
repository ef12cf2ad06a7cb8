"use client";

import { LogInIcon, RotateCwIcon } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { Button } from "@/components/ui/button";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { errorLines } from "@/lib/api/envelope";

type ListErrorProps = {
  error: Error;
  isRetrying: boolean;
  onRetry: () => void;
  /** Where "Sign in again" goes, so the user comes back to this view. */
  signInHref: string;
};

function messagesOf(error: Error): string[] {
  if (error instanceof ConsoleApiError) return error.errors.flatMap(errorLines);
  return [error.message || "The monitors could not be loaded."];
}

/** AlertSite's own words, with a way out: sign in again if the session ended, otherwise retry. */
export function ListError({ error, isRetrying, onRetry, signInHref }: ListErrorProps) {
  // Stable per error: FormAlert takes focus whenever its messages change.
  const messages = useMemo(() => messagesOf(error), [error]);
  const isSessionEnded = error instanceof ConsoleApiError && error.isSessionEnded;
  return (
    <FormAlert title={isSessionEnded ? "Your session ended" : "The monitors could not be loaded"} messages={messages}>
      {isSessionEnded ? (
        <Button asChild>
          <Link href={signInHref}>
            <LogInIcon aria-hidden />
            Sign in again
          </Link>
        </Button>
      ) : (
        <Button
          variant="outline"
          onClick={() => {
            if (!isRetrying) onRetry();
          }}
          aria-disabled={isRetrying || undefined}
          className="aria-disabled:cursor-wait aria-disabled:opacity-70"
        >
          <RotateCwIcon aria-hidden className={isRetrying ? "animate-spin motion-reduce:animate-none" : undefined} />
          {isRetrying ? "Retrying…" : "Retry"}
        </Button>
      )}
    </FormAlert>
  );
}
