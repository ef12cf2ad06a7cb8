"use client";

import Link from "next/link";
import { useMemo } from "react";
import { FormAlert } from "@/components/form/form-alert";
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
        <Link href={signInHref} className="font-semibold text-red-900 underline underline-offset-2">
          Sign in again
        </Link>
      ) : (
        <button
          type="button"
          onClick={() => {
            if (!isRetrying) onRetry();
          }}
          aria-disabled={isRetrying || undefined}
          className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white shadow-sm hover:bg-red-900 aria-disabled:cursor-wait aria-disabled:bg-red-800/80"
        >
          {isRetrying ? "Retrying…" : "Retry"}
        </button>
      )}
    </FormAlert>
  );
}
