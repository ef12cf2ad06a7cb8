"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ChevronLeftIcon, FlaskConicalIcon } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { FormProvider, useFormContext, useWatch } from "react-hook-form";
import { FormAlert } from "@/components/form/form-alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/form/submit-button";
import { UndoNotice, UndoUnavailable } from "@/components/history/undo-notice";
import { type ResolvedAfter } from "@/lib/api/envelope";
import { undoPlan } from "@/lib/history/undo";
import { type UndoRequest } from "@/lib/history/undo-request";
import { editMonitor } from "@/lib/monitors/api-client";
import {
  changedFields,
  describeChanges,
  type FieldChange,
  mergeValueLookups,
  valueLookupFromChoices,
  valueLookupFromUpstream,
} from "@/lib/monitors/changes";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { editSchemaFor, type MonitorEditBody } from "@/lib/monitors/edit-schema";
import { type FieldGroup, MONITOR_FIELDS, type ValueLookup } from "@/lib/monitors/fields";
import { formValuesFromUpstream } from "@/lib/monitors/form-values";
import { monitorHref } from "@/lib/monitors/list-view-url";
import { monitorKeys } from "@/lib/monitors/queries";
import { storedValueWarnings } from "@/lib/monitors/stored-value-warnings";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { plural } from "@/lib/plural";
import { MonitorFields } from "../form/monitor-fields";
import { MonitorFormLayout } from "../form/monitor-form-layout";
import { ProblemAlert } from "../form/problem-alert";
import { ResolvedNote } from "../form/resolved-note";
import { StoredWarningsProvider } from "../form/stored-warnings";
import { useMonitorForm } from "../form/use-monitor-form";
import { focusField } from "../form/use-server-problems";
import { useMonitorChoices } from "../use-monitor-choices";
import { useViewOnly } from "../view-only/view-only-context";
import { ChangeSummary } from "./change-summary";
import { useUnsavedChangesGuard } from "./use-unsaved-changes-guard";

type Outcome =
  | { kind: "saved"; id: string; changes: FieldChange[]; resolvedAfter?: ResolvedAfter | undefined }
  | { kind: "nothing-to-save" }
  | null;

/** "Run every: 15 minutes → 5 minutes; Monitor name: A → B", for the Saved notice. */
function savedTitle(changes: readonly FieldChange[]): string {
  if (changes.length === 0) return "Saved";
  const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  const described = changes.map((change) =>
    change.field === "email_password"
      ? "new mailbox password"
      : `${change.label} ${shorten(change.before)} → ${shorten(change.after)}`,
  );
  return `Saved: ${described.join("; ")}`;
}

/** The form's changes against `original`, in words; the caller re-renders on every keystroke. */
function useLiveChanges(original: MonitorFormValues, lookup: ValueLookup): FieldChange[] {
  const { control, getValues } = useFormContext<MonitorFormValues>();
  useWatch({ control });
  return describeChanges(original, getValues(), lookup);
}

type LiveProps = { original: MonitorFormValues; lookup: ValueLookup };

// These watch the whole form, so the big form around them does not re-render on every keystroke.
function LiveChangeSummary({ original, lookup, isGuarding }: LiveProps & { isGuarding: boolean }) {
  const changes = useLiveChanges(original, lookup);
  useUnsavedChangesGuard(isGuarding && changes.length > 0);
  return <ChangeSummary changes={changes} />;
}

function LiveChangeCount({ original, lookup }: LiveProps) {
  const count = useLiveChanges(original, lookup).length;
  return <span>{count === 0 ? "No changes yet." : `${plural(count, "change", "changes")} to save.`}</span>;
}

/**
 * After an undo is saved the address drops `?undo=`, so a reload shows the form as it is now rather
 * than "nothing to undo". The browser's own replaceState, which Next's router follows: a
 * router.replace would render the page again from the server and lose the Saved notice.
 */
function forgetUndoInAddress(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("undo")) return;
  url.searchParams.delete("undo");
  window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
}

type EditMonitorFormProps = {
  monitor: UpstreamMonitor;
  /** Opened by "Undo this change": the history entry to put back, or why it cannot be. */
  undo?: UndoRequest;
};

export function EditMonitorForm({ monitor, undo = null }: EditMonitorFormProps) {
  const queryClient = useQueryClient();
  const choices = useMonitorChoices();
  // What AlertSite has now: the monitor as loaded, then as last saved from this page.
  const [saved, setSaved] = useState<{ values: MonitorFormValues; current: UpstreamMonitor }>(() => ({
    values: formValuesFromUpstream(monitor),
    current: monitor,
  }));
  const lookup = useMemo(
    () => mergeValueLookups(valueLookupFromUpstream(monitor), valueLookupFromChoices(choices)),
    [monitor, choices],
  );
  const current = saved.current;
  const schema = useMemo(() => editSchemaFor(current), [current]);
  const warnings = useMemo(() => storedValueWarnings(current), [current]);
  // An undo starts the form with the entry's old values on top of the monitor's current ones.
  const [undoing] = useState(() =>
    undo && "entry" in undo
      ? { entry: undo.entry, plan: undoPlan(undo.entry, formValuesFromUpstream(monitor), lookup) }
      : null,
  );
  // Optional sections start folded, each showing its values in a line: the page stays short. An
  // undo opens the sections it changes.
  const [openGroups] = useState(
    () => new Set<FieldGroup>(undoing?.plan.restored.map((field) => MONITOR_FIELDS[field].group) ?? []),
  );
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { isViewOnly } = useViewOnly();

  const mutation = useMutation({
    mutationFn: (body: MonitorEditBody) => editMonitor(monitor.id, body),
    onSuccess: ({ id, resolvedAfter }, body): void => {
      const values = { ...form.getValues(), email_password: "" };
      const changes = describeChanges(saved.values, form.getValues(), lookup);
      setSaved((previous) => ({ values, current: { ...previous.current, ...body, id: previous.current.id } }));
      form.reset(values);
      setOutcome({ kind: "saved", id, changes, resolvedAfter });
      if (undo) forgetUndoInAddress();
      void queryClient.invalidateQueries({ queryKey: monitorKeys.all });
    },
    onError: (error): void => problems.report(error),
  });

  const { form, formRef, problems, onSubmit } = useMonitorForm({
    schema,
    defaultValues: undoing?.plan.values ?? saved.values,
    returnPath: `/monitors/${monitor.id}/edit`,
    // The fields the user changed, as the resolver validated them, less what AlertSite already has.
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

  const notices = (
    <>
      {outcome?.kind === "saved" ? (
        <FormAlert title={savedTitle(outcome.changes)} tone="success">
          {outcome.resolvedAfter ? <ResolvedNote kind="saved" resolvedAfter={outcome.resolvedAfter} /> : null}
          <p className="text-sm">AlertSite updated monitor {outcome.id}. The form now shows the saved values.</p>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <Button asChild variant="outline" size="sm">
              <Link href={`${monitorHref(outcome.id)}?test=now`}>
                <FlaskConicalIcon aria-hidden />
                Test now
              </Link>
            </Button>
            <span className="text-sm">runs the monitor once with the new settings and shows the result.</span>
          </p>
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
    </>
  );

  return (
    <FormProvider {...form}>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="page-heading" className="space-y-6">
        <header>
          <Link
            href="/monitors"
            className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
          >
            <ChevronLeftIcon aria-hidden className="size-4" />
            All monitors
          </Link>
          <h1 id="page-heading" className="mt-1 text-2xl font-bold tracking-tight break-words">
            Edit monitor {monitor.id}: {saved.values.name}
          </h1>
          <p className="mt-2 text-muted-foreground">
            The form shows what AlertSite has now. Save sends only the fields you change.
          </p>
          {outcome?.kind === "saved" ? null : undoing ? (
            <div className="mt-4">
              <UndoNotice
                entry={undoing.entry}
                plan={undoing.plan}
                hasNothingToSend={describeChanges(saved.values, undoing.plan.values, lookup).length === 0}
              />
            </div>
          ) : undo && "problem" in undo ? (
            <div className="mt-4">
              <UndoUnavailable message={undo.problem} />
            </div>
          ) : null}
        </header>
        <MonitorFormLayout
          notices={outcome || problems.failure ? notices : null}
          aside={<LiveChangeSummary original={saved.values} lookup={lookup} isGuarding={outcome?.kind !== "saved"} />}
          status={<LiveChangeCount original={saved.values} lookup={lookup} />}
          actions={
            isViewOnly ? null : (
              <SubmitButton isPending={mutation.isPending} pendingLabel="Saving…">
                Save changes
              </SubmitButton>
            )
          }
        >
          <fieldset disabled={mutation.isPending || isViewOnly} className="min-w-0">
            <legend className="sr-only">Monitor settings</legend>
            <StoredWarningsProvider warnings={warnings}>
              <MonitorFields choices={choices} purpose="edit" openGroups={openGroups} monitorId={monitor.id} />
            </StoredWarningsProvider>
          </fieldset>
        </MonitorFormLayout>
      </form>
    </FormProvider>
  );
}
