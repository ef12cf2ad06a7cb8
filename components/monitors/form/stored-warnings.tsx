"use client";

import { createContext, type ReactNode, useContext } from "react";
import { type StoredValueWarnings } from "@/lib/monitors/stored-value-warnings";

const StoredWarningsContext = createContext<StoredValueWarnings>({});

/** Warnings about values AlertSite holds that the console would refuse on create (edit form only). */
export function StoredWarningsProvider({ warnings, children }: { warnings: StoredValueWarnings; children: ReactNode }) {
  return <StoredWarningsContext value={warnings}>{children}</StoredWarningsContext>;
}

export function useStoredWarnings(): StoredValueWarnings {
  return useContext(StoredWarningsContext);
}
