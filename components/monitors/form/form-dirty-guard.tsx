"use client";

import { useFormState } from "react-hook-form";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { useUnsavedChangesGuard } from "../edit/use-unsaved-changes-guard";

/** Asks before leaving once anything has been typed into the form (renders nothing). */
export function FormDirtyGuard({ isActive = true }: { isActive?: boolean }) {
  const { isDirty } = useFormState<MonitorFormValues>();
  useUnsavedChangesGuard(isActive && isDirty);
  return null;
}
