"use client";

import { useQuery } from "@tanstack/react-query";
import { type UndoRequest } from "@/lib/history/undo-request";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { monitorQuery } from "@/lib/monitors/queries";
import { isRoundTripMonitor } from "@/lib/monitors/upstream";
import { DeadEnd } from "../dead-end";
import { MonitorNotFound } from "../monitor-not-found";
import { EditMonitorForm } from "./edit-monitor-form";
import { FormSkeleton } from "./form-skeleton";
import { MonitorLoadProblem } from "./monitor-load-problem";

/**
 * The monitor's form, from the monitor the page read on the server (handed over in the query cache).
 * A later refresh that fails leaves the form as it is: the user may be halfway through an edit.
 */
export function EditMonitor({ id, undo = null }: { id: string; undo?: UndoRequest }) {
  const query = useQuery(monitorQuery(id));
  const monitor = query.data;

  if (monitor === undefined) {
    if (!query.isError) return <FormSkeleton label={`Loading monitor ${id} from AlertSite…`} />;
    const error = query.error;
    if (error instanceof ConsoleApiError && error.status === 404) return <MonitorNotFound id={id} />;
    const isSessionEnded = error instanceof ConsoleApiError && error.isSessionEnded;
    return (
      <MonitorLoadProblem
        id={id}
        failure={{ isSessionEnded, messages: error.message.split("\n") }}
        onRetry={() => void query.refetch()}
      />
    );
  }

  if (!isRoundTripMonitor(monitor)) {
    return (
      <DeadEnd title={`Monitor ${id} is not a round-trip email monitor`}>
        {monitor.name ? `“${monitor.name}”` : "This monitor"} is a <strong>{monitor.type ?? "different"}</strong>{" "}
        monitor. This console edits round-trip email monitors only; change it in AlertSite itself.
      </DeadEnd>
    );
  }

  return <EditMonitorForm monitor={monitor} undo={undo} />;
}
