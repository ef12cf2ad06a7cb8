"use client";

import { type ConsoleApiError } from "@/lib/api/client/console-api-error";
import { FormAlert } from "@/components/form/form-alert";
import { fieldId } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import { type ServerProblems } from "./server-errors";

type ProblemAlertProps = {
  title: string;
  error: ConsoleApiError;
  problems: ServerProblems;
  onSignInAgain: () => void;
  onFocusField: (field: ServerProblems["fields"][number]["field"]) => void;
};

/**
 * The alert above a monitor form after AlertSite refused it: messages about the whole request, and
 * a linked list of the fields it objected to (each message is also shown beside its field).
 */
export function ProblemAlert({ title, error, problems, onSignInAgain, onFocusField }: ProblemAlertProps) {
  if (error.isSessionEnded) {
    return (
      <FormAlert title="Your AlertSite session has ended" messages={problems.general}>
        <Button variant="destructive" onClick={onSignInAgain}>
          Sign in again
        </Button>
        <p className="mt-2 text-sm">You will come back to this form with what you typed (passwords excepted).</p>
      </FormAlert>
    );
  }
  // The answer was lost and the console could not look it up: the title must not claim it failed.
  const heading =
    error.outcome === "unknown"
      ? "The console could not tell whether AlertSite saved it"
      : error.reason === "history-unavailable"
        ? "The change was not sent to AlertSite"
        : title;
  return (
    <FormAlert title={heading} messages={problems.general}>
      {problems.fields.length > 0 ? (
        <>
          <p className="text-sm">
            {problems.fields.length === 1 ? "One field needs" : `${problems.fields.length} fields need`} a change; each
            is marked below:
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {problems.fields.map((problem) => (
              <li key={problem.field}>
                <a
                  href={`#${fieldId(problem.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onFocusField(problem.field);
                  }}
                  className="font-medium text-primary underline underline-offset-4"
                >
                  {problem.label}
                </a>
                : {problem.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-2 text-sm">Everything you typed is still in the form.</p>
    </FormAlert>
  );
}
