"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { type FieldValues, type UseFormReturn } from "react-hook-form";
import { fieldId } from "@/components/form/field";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { saveDraft } from "@/lib/monitors/draft-storage";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { type MonitorFieldName } from "@/lib/monitors/field-names";
import { signInPath } from "@/lib/safe-return-url";
import { useViewOnly } from "../view-only/view-only-context";
import { type ServerProblems, splitServerErrors } from "./server-errors";

export function toConsoleApiError(error: unknown): ConsoleApiError {
  if (error instanceof ConsoleApiError) return error;
  return new ConsoleApiError(0, [
    { code: 0, message: "Something in this page failed before the request was sent. Reload and try again." },
  ]);
}

/** Focuses a field's control once its section has had a chance to open. */
export function focusField(field: MonitorFieldName): void {
  window.requestAnimationFrame(() => {
    const element = document.getElementById(fieldId(field));
    const control = element?.matches("input, select, textarea")
      ? element
      : element?.querySelector<HTMLElement>("input, select, textarea");
    control?.focus();
  });
}

/**
 * Focuses the first invalid control in page order (react-hook-form's own focusing follows
 * registration order, which differs for the grouped fields), after its section has opened.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.requestAnimationFrame(() => {
    form
      ?.querySelector<HTMLElement>(
        'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"], fieldset[aria-invalid="true"] input',
      )
      ?.focus();
  });
}

/**
 * What AlertSite refused, kept as state for the alert above the form and pushed onto the fields it
 * names. `draftKey` and `returnPath` let an ended session resume here after signing in again.
 */
export function useServerProblems<TOutput extends FieldValues>(
  form: UseFormReturn<MonitorFormValues, unknown, TOutput>,
  { draftKey, returnPath }: { draftKey: string; returnPath: string },
) {
  const router = useRouter();
  const [failure, setFailure] = useState<{ error: ConsoleApiError; problems: ServerProblems } | null>(null);
  const { markViewOnly } = useViewOnly();

  const report = useCallback(
    (raw: unknown) => {
      const error = toConsoleApiError(raw);
      const problems = splitServerErrors(error);
      for (const problem of problems.fields) form.setError(problem.field, { type: "server", message: problem.message });
      setFailure({ error, problems });
      // AlertSite refused the change for this user's role: the page stops offering changes.
      if (error.status === 403) markViewOnly();
    },
    [form, markViewOnly],
  );

  const clear = useCallback(() => setFailure(null), []);

  const signInAgain = useCallback(() => {
    saveDraft(draftKey, form.getValues());
    router.push(`${signInPath(returnPath)}&reason=session-ended`);
  }, [draftKey, returnPath, form, router]);

  return { failure, report, clear, signInAgain };
}
