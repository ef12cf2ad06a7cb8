"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { FormAlert } from "@/components/form/form-alert";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { monitorQuery } from "@/lib/monitors/queries";
import { isRoundTripMonitor } from "@/lib/monitors/upstream";
import { signInPath } from "@/lib/safe-return-url";
import { DeadEnd } from "../dead-end";
import { MonitorNotFound } from "../monitor-not-found";
import { EditMonitorForm } from "./edit-monitor-form";
import { FormSkeleton } from "./form-skeleton";

/** Loads the monitor from AlertSite and shows the form, or says plainly why it can't. */
export function EditMonitor({ id }: { id: string }) {
  const query = useQuery({ ...monitorQuery(id), staleTime: 0 });

  if (query.isPending) return <FormSkeleton label={`Loading monitor ${id} from AlertSite…`} />;

  if (query.isError) {
    const error = query.error;
    if (error instanceof ConsoleApiError && error.status === 404) return <MonitorNotFound id={id} />;
    const isSessionEnded = error instanceof ConsoleApiError && error.isSessionEnded;
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">Edit monitor {id}</h1>
        <FormAlert
          title={isSessionEnded ? "Your AlertSite session has ended" : `Monitor ${id} could not be loaded`}
          messages={error.message.split("\n")}
        >
          {isSessionEnded ? (
            <Link
              href={`${signInPath(`/monitors/${id}/edit`)}&reason=session-ended`}
              className="font-semibold underline"
            >
              Sign in again
            </Link>
          ) : (
            <button
              type="button"
              onClick={() => void query.refetch()}
              className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white"
            >
              Try again
            </button>
          )}
        </FormAlert>
      </div>
    );
  }

  const monitor = query.data;
  if (!isRoundTripMonitor(monitor)) {
    return (
      <DeadEnd title={`Monitor ${id} is not a round-trip email monitor`}>
        {monitor.name ? `“${monitor.name}”` : "This monitor"} is a <strong>{monitor.type ?? "different"}</strong>{" "}
        monitor. This console edits round-trip email monitors only; change it in AlertSite itself.
      </DeadEnd>
    );
  }

  return <EditMonitorForm monitor={monitor} />;
}
