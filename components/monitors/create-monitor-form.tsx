"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { SubmitButton } from "@/components/form/submit-button";
import { createMonitor } from "@/lib/monitors/api-client";
import { monitorCreateSchema, type MonitorFormValues } from "@/lib/monitors/create-schema";
import { type FieldGroup } from "@/lib/monitors/fields";
import { emptyMonitorFormValues } from "@/lib/monitors/form-values";
import { monitorKeys } from "@/lib/monitors/queries";
import { type ResolvedAfter } from "@/lib/api/envelope";
import { CreateSuccess } from "./form/create-success";
import { MonitorFields } from "./form/monitor-fields";
import { ProblemAlert } from "./form/problem-alert";
import { ResolvedNote } from "./form/resolved-note";
import { useMonitorForm } from "./form/use-monitor-form";
import { focusField } from "./form/use-server-problems";
import { useMonitorChoices } from "./use-monitor-choices";
import { useViewOnly } from "./view-only/view-only-context";

const DRAFT_KEY = "/monitors/new";

type CreateMonitorFormProps = {
  /** Values handed over by a portal link (`/monitors/new?name=...`). */
  prefill: Partial<MonitorFormValues>;
  /** Groups holding prefilled values, opened so the user sees what was filled in. */
  openGroups: FieldGroup[];
  /** This page's path and query, to come back to after a forced sign-in. */
  returnPath: string;
};

export function CreateMonitorForm({ prefill, openGroups, returnPath }: CreateMonitorFormProps) {
  const queryClient = useQueryClient();
  const choices = useMonitorChoices();
  const [created, setCreated] = useState<{ id: string; name: string; resolvedAfter?: ResolvedAfter } | null>(null);
  const { isViewOnly } = useViewOnly();

  const mutation = useMutation({
    mutationFn: createMonitor,
    onSuccess: ({ id, resolvedAfter }, body) => {
      setCreated({ id, name: body.name, resolvedAfter });
      void queryClient.invalidateQueries({ queryKey: monitorKeys.all });
    },
    onError: (error): void => problems.report(error),
  });

  const { form, formRef, problems, onSubmit } = useMonitorForm({
    schema: monitorCreateSchema,
    defaultValues: { ...emptyMonitorFormValues, ...prefill },
    returnPath,
    draftKey: DRAFT_KEY,
    submit: (body): Promise<unknown> => mutation.mutateAsync(body),
  });

  if (created) {
    return (
      <>
        {created.resolvedAfter ? (
          <ResolvedNote kind="created" {...created} resolvedAfter={created.resolvedAfter} />
        ) : null}
        <CreateSuccess
          id={created.id}
          name={created.name}
          onCreateAnother={() => {
            form.reset({ ...emptyMonitorFormValues });
            mutation.reset();
            setCreated(null);
          }}
        />
      </>
    );
  }

  return (
    <FormProvider {...form}>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="page-heading" className="space-y-6">
        {problems.failure ? (
          <ProblemAlert
            title="AlertSite did not create the monitor"
            error={problems.failure.error}
            problems={problems.failure.problems}
            onSignInAgain={problems.signInAgain}
            onFocusField={focusField}
          />
        ) : null}
        <fieldset disabled={mutation.isPending || isViewOnly} className="min-w-0">
          <legend className="sr-only">Monitor settings</legend>
          <MonitorFields choices={choices} purpose="create" openGroups={new Set(openGroups)} />
        </fieldset>
        {isViewOnly ? null : (
          <div className="flex items-center gap-4">
            <SubmitButton isPending={mutation.isPending} pendingLabel="Creating monitor…">
              Create monitor
            </SubmitButton>
            <p className="text-sm text-slate-700">Optional settings left empty use your account&apos;s defaults.</p>
          </div>
        )}
      </form>
    </FormProvider>
  );
}
