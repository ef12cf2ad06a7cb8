"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { alertMessagesFromLines, FormAlert } from "@/components/form/form-alert";
import { useSignOut } from "@/components/layout/use-sign-out";
import { type MonitorLoadFailure } from "@/lib/monitors/prefetch-monitor";
import { signInPath } from "@/lib/safe-return-url";

type MonitorLoadProblemProps = {
  id: string;
  failure: MonitorLoadFailure;
  /** How to read the monitor again; by default the page is rendered again on the server. */
  onRetry?: () => void;
  /** The page's heading and where signing in again returns to; the edit page's by default. */
  title?: string;
  returnPath?: string;
};

const BUTTON = "rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70";

/** A monitor's page when AlertSite would not hand over the monitor: why, in plain words, and the way out. */
export function MonitorLoadProblem({
  id,
  failure,
  onRetry,
  title = `Edit monitor ${id}`,
  returnPath = `/monitors/${id}/edit`,
}: MonitorLoadProblemProps) {
  const router = useRouter();
  const [isRetrying, startRetry] = useTransition();
  const { signOut, isSigningOut, problem } = useSignOut();

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <FormAlert
        title={failure.isSessionEnded ? "Your AlertSite session has ended" : `Monitor ${id} could not be loaded`}
        messages={alertMessagesFromLines(problem ? [...failure.messages, problem] : failure.messages)}
      >
        {failure.isSessionEnded ? (
          // AlertSite refused the token, but the console's cookie still holds it: end that first, or
          // the sign-in page would send the user straight back here.
          <button
            type="button"
            disabled={isSigningOut}
            onClick={() => void signOut(`${signInPath(returnPath)}&reason=session-ended`)}
            className={BUTTON}
          >
            Sign in again
          </button>
        ) : (
          <button
            type="button"
            disabled={isRetrying}
            onClick={() => (onRetry ? onRetry() : startRetry(() => router.refresh()))}
            className={BUTTON}
          >
            {isRetrying ? "Trying again…" : "Try again"}
          </button>
        )}
      </FormAlert>
    </div>
  );
}
