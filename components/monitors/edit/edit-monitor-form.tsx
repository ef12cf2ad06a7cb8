"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { FormProvider, useFormContext, useWatch } from "react-hook-form";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { editMonitor } from "@/lib/monitors/api-client";
import { changedFields, describeChanges, valueLookupFromUpstream } from "@/lib/monitors/changes";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { editSchemaFor, type MonitorEditBody } from "@/lib/monitors/edit-schema";
import { isMonitorFieldName } from "@/lib/monitors/field-names";
import { type FieldGroup, MONITOR_FIELDS, type ValueLookup } from "@/lib/monitors/fields";
import { formValuesFromUpstream } from "@/lib/monitors/form-values";
import { monitorKeys } from "@/lib/monitors/queries";
import { storedValueWarnings } from "@/lib/monitors/stored-value-warnings";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { isBlank } from "@/lib/monitors/values";
import { MonitorFields } from "../form/monitor-fields";
import { ProblemAlert } from "../form/problem-alert";
import { useMonitorForm } from "../form/use-monitor-form";
import { StoredWarningsProvider } from "../form/stored-warnings";
import { focusField } from "../form/use-server-problems";
import { useMonitorChoices } from "../use-monitor-choices";
import { ChangeSummary } from "./change-summary";
import { useUnsavedChangesGuard } from "./use-unsaved-changes-guard";

type Outcome = { kind: "saved"; id: string; count: number } | { kind: "nothing-to-save" } | null;

/** Groups that hold a value the monitor has: opened so support staff see the whole monitor. */
function groupsWithValues(values: MonitorFormValues): Set<FieldGroup> {
  const groups = new Set<FieldGroup>();
  for (const [field, value] of Object.entries(values)) {
    if (isBlank(value) || !isMonitorFieldName(field)) continue;
    const { group } = MONITOR_FIELDS[field];
    if (group !== "required") groups.add(group);
  }
  return groups;
}

/**
 * Re-renders on every keystroke (it watches the whole form) so the big form around it does not:
 * the change summary and the unsaved-changes guard live here.
 */
function ChangeTracker({
  original,
  lookup,
  isGuarding,
}: {
  original: MonitorFormValues;
  lookup: ValueLookup;
  isGuarding: boolean;
}) {
  const { control, getValues } = useFormContext<MonitorFormValues>();
  useWatch({ control });
  const changes = describeChanges(original, getValues(), lookup);
  useUnsavedChangesGuard(isGuarding && changes.length > 0);
  return <ChangeSummary changes={changes} />;
}

export function EditMonitorForm({ monitor }: { monitor: UpstreamMonitor }) {
  const queryClient = useQueryClient();
  const choices = useMonitorChoices();
  // What AlertSite has now: the monitor as loaded, then as last saved from this page.
  const [saved, setSaved] = useState<{ values: MonitorFormValues; current: UpstreamMonitor }>(() => ({
    values: formValuesFromUpstream(monitor),
    current: monitor,
  }));
  const lookup = useMemo(() => valueLookupFromUpstream(monitor), [monitor]);
  const current = saved.current;
  const schema = useMemo(() => editSchemaFor(current), [current]);
  const warnings = useMemo(() => storedValueWarnings(current), [current]);
  const [openGroups] = useState(() => groupsWithValues(saved.values));
  const [outcome, setOutcome] = useState<Outcome>(null);

  const mutation = useMutation({
    mutationFn: (body: MonitorEditBody) => editMonitor(monitor.id, body),
    onSuccess: ({ id }, body): void => {
      const values = { ...form.getValues(), email_password: "" };
      setSaved((previous) => ({ values, current: { ...previous.current, ...body, id: previous.current.id } }));
      form.reset(values);
      setOutcome({ kind: "saved", id, count: Object.keys(body).length });
      void queryClient.invalidateQueries({ queryKey: monitorKeys.all });
    },
    onError: (error): void => problems.report(error),
  });

  const { form, formRef, problems, onSubmit } = useMonitorForm({
    schema,
    defaultValues: saved.values,
    returnPath: `/monitors/${monitor.id}/edit`,
    // The values the resolver validated, less what AlertSite already has.
    submit: (validated): Promise<unknown> | undefined => {
      const body = changedFields(saved.values, validated);
      if (Object.keys(body).length === 0) {
        setOutcome({ kind: "nothing-to-save" });
        return undefined;
      }
      setOutcome(null);
      return mutation.mutateAsync(body);
    },
  });

  return (
    <FormProvider {...form}>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="page-heading" className="space-y-6">
        <div>
          <p className="text-sm">
            <Link href="/monitors" className="text-blue-800 underline">
              All monitors
            </Link>
          </p>
          <h1 id="page-heading" className="mt-1 text-2xl font-bold">
            Edit monitor {monitor.id}: {saved.values.name}
          </h1>
          <p className="mt-2 text-slate-700">
            The form shows what AlertSite has now. Save sends only the fields you change.
          </p>
        </div>
        {outcome?.kind === "saved" ? (
          <FormAlert title={`Saved: AlertSite updated monitor ${outcome.id}`} tone="success">
            <p className="text-sm">The form now shows the saved values.</p>
          </FormAlert>
        ) : outcome?.kind === "nothing-to-save" ? (
          <FormAlert title="Nothing to save" tone="success">
            <p className="text-sm">You haven&apos;t changed anything, so nothing was sent to AlertSite.</p>
          </FormAlert>
        ) : null}
        {problems.failure ? (
          <ProblemAlert
            title="AlertSite did not save the changes"
            error={problems.failure.error}
            problems={problems.failure.problems}
            onSignInAgain={problems.signInAgain}
            onFocusField={focusField}
          />
        ) : null}
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <fieldset disabled={mutation.isPending} className="min-w-0">
            <legend className="sr-only">Monitor settings</legend>
            <StoredWarningsProvider warnings={warnings}>
              <MonitorFields choices={choices} purpose="edit" openGroups={openGroups} />
            </StoredWarningsProvider>
          </fieldset>
          <div className="space-y-4 lg:sticky lg:top-4 lg:self-start">
            <ChangeTracker original={saved.values} lookup={lookup} isGuarding={outcome?.kind !== "saved"} />
            <SubmitButton isPending={mutation.isPending} pendingLabel="Saving…">
              Save changes
            </SubmitButton>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
