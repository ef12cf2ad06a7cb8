"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { alertMessagesFromLines, FormAlert } from "@/components/form/form-alert";
import { useSignOut } from "@/components/layout/use-sign-out";
import { Button } from "@/components/ui/button";
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
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <FormAlert
        title={failure.isSessionEnded ? "Your AlertSite session has ended" : `Monitor ${id} could not be loaded`}
        messages={alertMessagesFromLines(problem ? [...failure.messages, problem] : failure.messages)}
      >
        {failure.isSessionEnded ? (
          // AlertSite refused the token, but the console's cookie still holds it: end that first, or
          // the sign-in page would send the user straight back here.
          <Button
            variant="destructive"
            disabled={isSigningOut}
            onClick={() => void signOut(`${signInPath(returnPath)}&reason=session-ended`)}
          >
            Sign in again
          </Button>
        ) : (
          <Button
            variant="outline"
            disabled={isRetrying}
            onClick={() => (onRetry ? onRetry() : startRetry(() => router.refresh()))}
          >
            {isRetrying ? "Trying again…" : "Try again"}
          </Button>
        )}
      </FormAlert>
    </div>
  );
}
