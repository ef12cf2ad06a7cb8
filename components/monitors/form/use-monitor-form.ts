"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, useEffect, useRef } from "react";
import { type FieldValues, useForm } from "react-hook-form";
import { type z } from "zod";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { takeDraft } from "@/lib/monitors/draft-storage";
import { focusFirstInvalid, useServerProblems } from "./use-server-problems";

type UseMonitorFormOptions<TOutput extends FieldValues> = {
  /** Validates the form; its output is what `submit` receives. */
  schema: z.ZodType<TOutput, MonitorFormValues>;
  defaultValues: MonitorFormValues;
  /** This page's path: the draft is kept under it, and a forced sign-in comes back to it. */
  returnPath: string;
  /** Where a draft saved before a forced sign-in is kept; defaults to `returnPath`. */
  draftKey?: string;
  /** Sends the validated values; settles when AlertSite has answered (or at once when nothing is sent). */
  submit: (values: TOutput) => Promise<unknown> | undefined;
};

/**
 * What the create and edit forms share: the form itself (zod resolver, validation on blur, errors
 * focused in page order), one send per click, the draft kept across a forced sign-in, and what
 * AlertSite refused.
 */
export function useMonitorForm<TOutput extends FieldValues>({
  schema,
  defaultValues,
  returnPath,
  draftKey = returnPath,
  submit,
}: UseMonitorFormOptions<TOutput>) {
  const form = useForm<MonitorFormValues, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const problems = useServerProblems(form, { draftKey, returnPath });
  // One click (or Enter) sends once, even when a second submit arrives before React re-renders.
  const isSending = useRef(false);

  useEffect(() => {
    const draft = takeDraft(draftKey);
    if (draft) form.reset({ ...defaultValues, ...draft }, { keepDefaultValues: true });
    // Restores once, on arrival back from a forced sign-in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const send = async (values: TOutput) => {
    if (isSending.current) return;
    isSending.current = true;
    problems.clear();
    try {
      await submit(values);
    } catch {
      // The mutation's onError has already reported it (problems.report).
    } finally {
      isSending.current = false;
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    void form.handleSubmit(send, () => focusFirstInvalid(formRef.current))(event);

  return { form, formRef, problems, onSubmit };
}
