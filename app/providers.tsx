"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode } from "react";
import { z } from "zod";
import { getQueryClient } from "@/lib/query-client";

// zod probes for eval (`new Function`) to compile faster parsers; the CSP refuses eval, and every
// probe would be reported as a violation. Interpreted parsing is plenty for the console's forms.
z.config({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
