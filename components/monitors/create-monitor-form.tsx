"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { FormProvider } from "react-hook-form";
import { FieldWarning } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { Button } from "@/components/ui/button";
import { createMonitor } from "@/lib/monitors/api-client";
import { valueLookupFromChoices } from "@/lib/monitors/changes";
import { monitorCreateSchema, type MonitorCreateBody, type MonitorFormValues } from "@/lib/monitors/create-schema";
import { type FieldGroup } from "@/lib/monitors/fields";
import { emptyMonitorFormValues } from "@/lib/monitors/form-values";
import { editMonitorHref } from "@/lib/monitors/list-view-url";
import { monitorKeys } from "@/lib/monitors/queries";
import { type ResolvedAfter } from "@/lib/api/envelope";
import { CreateSuccess } from "./form/create-success";
import { FormDirtyGuard } from "./form/form-dirty-guard";
import { MonitorFields } from "./form/monitor-fields";
import { MonitorFormLayout } from "./form/monitor-form-layout";
import { ProblemAlert } from "./form/problem-alert";
import { ResolvedNote } from "./form/resolved-note";
import { useMonitorForm } from "./form/use-monitor-form";
import { focusField } from "./form/use-server-problems";
import { useMonitorChoices } from "./use-monitor-choices";
import { useViewOnly } from "./view-only/view-only-context";

const DRAFT_KEY = "/monitors/new";

/** The monitor a copy starts from (`/monitors/new?from=ID`), or why it could not be read. */
export type CopySource =
  { id: string; name: string; values: Partial<MonitorFormValues> } | { id: string; problem: string };

type CreateMonitorFormProps = {
  /** Values handed over by a portal link (`/monitors/new?name=...`) or copied from another monitor. */
  prefill: Partial<MonitorFormValues>;
  /** Folded sections holding prefilled values, opened so the user sees what was filled in. */
  openGroups: FieldGroup[];
  /** This page's path and query, to come back to after a forced sign-in. */
  returnPath: string;
  copy?: CopySource | undefined;
};

export function CreateMonitorForm({ prefill, openGroups, returnPath, copy }: CreateMonitorFormProps) {
  const queryClient = useQueryClient();
  const choices = useMonitorChoices();
  const lookup = useMemo(() => valueLookupFromChoices(choices), [choices]);
  const [created, setCreated] = useState<{
    id: string;
    body: MonitorCreateBody;
    resolvedAfter?: ResolvedAfter | undefined;
  } | null>(null);
  const { isViewOnly } = useViewOnly();

  const mutation = useMutation({
    mutationFn: createMonitor,
    onSuccess: ({ id, resolvedAfter }, body) => {
      setCreated({ id, body, resolvedAfter });
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
          <ResolvedNote kind="created" id={created.id} name={created.body.name} resolvedAfter={created.resolvedAfter} />
        ) : null}
        <CreateSuccess
          id={created.id}
          body={created.body}
          lookup={lookup}
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
        <header>
          <h1 id="page-heading" className="text-2xl font-bold tracking-tight">
            New round-trip email monitor
          </h1>
          {copy && "name" in copy ? (
            <p className="mt-2 max-w-3xl text-muted-foreground">
              Copied from{" "}
              <Link
                href={editMonitorHref(copy.id)}
                className="font-medium text-foreground underline underline-offset-2"
              >
                {copy.name}
              </Link>{" "}
              (ID {copy.id}): every setting but its password and its test mailbox. Enter a mailbox of its own below.
            </p>
          ) : (
            <p className="mt-2 max-w-3xl text-muted-foreground">
              A round-trip monitor sends a test email through your outgoing mail server and checks that it arrives in
              the test mailbox. Fill in Basics and Mail servers; everything else can stay at your account&apos;s
              defaults.
            </p>
          )}
          {copy && "problem" in copy ? (
            <div className="mt-3 max-w-3xl">
              <FieldWarning>{copy.problem} The form starts empty instead.</FieldWarning>
            </div>
          ) : null}
        </header>
        <FormDirtyGuard />
        <MonitorFormLayout
          notices={
            problems.failure ? (
              <ProblemAlert
                title="AlertSite did not create the monitor"
                error={problems.failure.error}
                problems={problems.failure.problems}
                onSignInAgain={problems.signInAgain}
                onFocusField={focusField}
              />
            ) : null
          }
          status="Optional settings left empty use your account's defaults."
          actions={
            <>
              <Button asChild variant="ghost" size="lg">
                <Link href="/monitors">Cancel</Link>
              </Button>
              {isViewOnly ? null : (
                <SubmitButton isPending={mutation.isPending} pendingLabel="Creating monitor…">
                  Create monitor
                </SubmitButton>
              )}
            </>
          }
        >
          <fieldset disabled={mutation.isPending || isViewOnly} className="min-w-0">
            <legend className="sr-only">Monitor settings</legend>
            <MonitorFields
              choices={choices}
              purpose="create"
              openGroups={new Set(openGroups)}
              isCopy={copy !== undefined && "name" in copy}
            />
          </fieldset>
        </MonitorFormLayout>
      </form>
    </FormProvider>
  );
}
