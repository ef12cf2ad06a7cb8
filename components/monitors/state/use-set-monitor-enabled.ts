"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { setMonitorEnabled } from "@/lib/monitors/api-client";
import { type MonitorListData, monitorKeys, type MonitorPageData } from "@/lib/monitors/queries";
import { useViewOnly } from "../view-only/view-only-context";

/**
 * Pause or resume one monitor: a PATCH of `enabled` only. The list's and the monitor page's copies
 * of the monitor change in place at once; then every monitor read is refreshed, state included.
 */
export function useSetMonitorEnabled(id: string) {
  const queryClient = useQueryClient();
  const { markViewOnly } = useViewOnly();
  return useMutation({
    mutationFn: (enabled: boolean) => setMonitorEnabled(id, enabled),
    onSuccess: (_answer, enabled) => {
      queryClient.setQueryData<MonitorListData>(monitorKeys.list(), (list) =>
        list
          ? {
              ...list,
              monitors: list.monitors.map((monitor) => (monitor.id === id ? { ...monitor, enabled } : monitor)),
            }
          : list,
      );
      queryClient.setQueryData<MonitorPageData>(monitorKeys.page(id), (page) =>
        page ? { ...page, monitor: { ...page.monitor, enabled } } : page,
      );
      void queryClient.invalidateQueries({ queryKey: monitorKeys.all });
    },
    onError: (error) => {
      if (error instanceof ConsoleApiError && error.status === 403) markViewOnly();
    },
  });
}
