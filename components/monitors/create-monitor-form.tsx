"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { SubmitButton } from "@/components/form/submit-button";
import { createMonitor } from "@/lib/monitors/api-client";
import { takeDraft } from "@/lib/monitors/draft-storage";
import { type FieldGroup } from "@/lib/monitors/fields";
import { monitorKeys } from "@/lib/monitors/queries";
import {
  emptyMonitorFormValues,
  type MonitorCreateBody,
  monitorCreateSchema,
  type MonitorFormValues,
} from "@/lib/monitors/schema";
import { CreateSuccess } from "./form/create-success";
import { MonitorFields } from "./form/monitor-fields";
import { ProblemAlert } from "./form/problem-alert";
import { focusField, focusFirstInvalid, useServerProblems } from "./form/use-server-problems";
import { useMonitorChoices } from "./use-monitor-choices";

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
  const form = useForm<MonitorFormValues, unknown, MonitorCreateBody>({
    resolver: zodResolver(monitorCreateSchema),
    defaultValues: { ...emptyMonitorFormValues, ...prefill },
    mode: "onTouched",
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const problems = useServerProblems(form, { draftKey: DRAFT_KEY, returnPath });
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  // One click (or Enter) makes one monitor, even when a second submit arrives before React re-renders.
  const isSending = useRef(false);

  const mutation = useMutation({
    mutationFn: createMonitor,
    onSuccess: ({ id }, body) => {
      setCreated({ id, name: body.name });
      void queryClient.invalidateQueries({ queryKey: monitorKeys.all });
    },
    onError: problems.report,
    onSettled: () => {
      isSending.current = false;
    },
  });

  useEffect(() => {
    const draft = takeDraft(DRAFT_KEY);
    if (draft) form.reset({ ...emptyMonitorFormValues, ...prefill, ...draft });
    // Restores once, on arrival back from a forced sign-in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const send = (body: MonitorCreateBody) => {
    if (isSending.current) return;
    isSending.current = true;
    problems.clear();
    mutation.mutate(body);
  };

  if (created) {
    return (
      <CreateSuccess
        id={created.id}
        name={created.name}
        onCreateAnother={() => {
          form.reset({ ...emptyMonitorFormValues });
          mutation.reset();
          setCreated(null);
        }}
      />
    );
  }

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        onSubmit={(event) => void form.handleSubmit(send, () => focusFirstInvalid(formRef.current))(event)}
        noValidate
        aria-labelledby="page-heading"
        className="space-y-6"
      >
        {problems.failure ? (
          <ProblemAlert
            title="AlertSite did not create the monitor"
            error={problems.failure.error}
            problems={problems.failure.problems}
            onSignInAgain={problems.signInAgain}
            onFocusField={focusField}
          />
        ) : null}
        <fieldset disabled={mutation.isPending} className="min-w-0">
          <legend className="sr-only">Monitor settings</legend>
          <MonitorFields choices={choices} purpose="create" openGroups={new Set(openGroups)} />
        </fieldset>
        <div className="flex items-center gap-4">
          <SubmitButton isPending={mutation.isPending} pendingLabel="Creating monitor…">
            Create monitor
          </SubmitButton>
          <p className="text-sm text-slate-700">Optional settings left empty use your account&apos;s defaults.</p>
        </div>
      </form>
    </FormProvider>
  );
}
