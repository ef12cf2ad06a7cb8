"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeftIcon, CopyPlusIcon, PencilIcon } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { MonitorHistory } from "@/components/history/monitor-history";
import { Button } from "@/components/ui/button";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { cloneMonitorHref, editMonitorHref } from "@/lib/monitors/list-view-url";
import { monitorStateView } from "@/lib/monitors/monitor-state";
import { monitorPageQuery } from "@/lib/monitors/queries";
import { isRoundTripMonitor } from "@/lib/monitors/upstream";
import { DeadEnd } from "../dead-end";
import { FormSkeleton } from "../edit/form-skeleton";
import { MonitorLoadProblem } from "../edit/monitor-load-problem";
import { CopyIdButton } from "../list/copy-id-button";
import { displayName } from "../list/monitor-cells";
import { MonitorNotFound } from "../monitor-not-found";
import { CheckedAt } from "../state/checked-at";
import { PauseResume } from "../state/pause-resume-button";
import { StateBadge } from "../state/state-badge";
import { HiddenWhenViewOnly } from "../view-only/view-only-context";
import { DeleteMonitorDialog } from "./delete-monitor-dialog";
import { MonitorSettings } from "./monitor-settings";
import { MonitorStatus } from "./monitor-status";
import { TestNow } from "./test-now";

/**
 * One monitor on one page, for support staff: its state and why, a test on demand, its settings in
 * words, and what can be done with it. The server read it (handed over in the query cache).
 */
export function MonitorPage({ id }: { id: string }) {
  const query = useQuery(monitorPageQuery(id));
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const data = query.data;

  if (data === undefined) {
    if (!query.isError) return <FormSkeleton label={`Loading monitor ${id} from AlertSite…`} />;
    const error = query.error;
    if (error instanceof ConsoleApiError && error.status === 404) return <MonitorNotFound id={id} />;
    return (
      <MonitorLoadProblem
        id={id}
        title={`Monitor ${id}`}
        returnPath={`/monitors/${id}`}
        failure={{
          isSessionEnded: error instanceof ConsoleApiError && error.isSessionEnded,
          messages: error.message.split("\n"),
        }}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const { monitor, health: report } = data;
  if (!isRoundTripMonitor(monitor)) {
    return (
      <DeadEnd title={`Monitor ${id} is not a round-trip email monitor`}>
        {monitor.name ? `“${monitor.name}”` : "This monitor"} is a <strong>{monitor.type ?? "different"}</strong>{" "}
        monitor. This console shows round-trip email monitors only; open it in AlertSite itself.
      </DeadEnd>
    );
  }

  const name = displayName(monitor);
  const view = monitorStateView(monitor, report);
  const reason = view.state === "failing" ? view.health?.reason : null;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-4">
        <div>
          <Link
            href="/monitors"
            className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
          >
            <ChevronLeftIcon aria-hidden className="size-4" />
            All monitors
          </Link>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-2">
            <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words">{name}</h1>
            <StateBadge state={view.state} className="text-sm" />
          </div>
          <p className="mt-1 flex flex-wrap items-center gap-x-1 text-sm text-muted-foreground">
            <span className="inline-flex items-center tabular-nums">
              ID {monitor.id}
              <CopyIdButton id={monitor.id} />
            </span>
            {view.health ? (
              <>
                <span aria-hidden>·</span>
                <CheckedAt iso={view.health.checkedAt} prefix="last checked" />
              </>
            ) : null}
          </p>
          {reason ? (
            <p className="mt-1 font-medium break-words text-destructive first-letter:uppercase">{reason}</p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button asChild variant="outline">
            <Link href={editMonitorHref(monitor.id)}>
              <PencilIcon aria-hidden />
              Edit
            </Link>
          </Button>
          <HiddenWhenViewOnly>
            <Button asChild variant="outline">
              <Link href={cloneMonitorHref(monitor)}>
                <CopyPlusIcon aria-hidden />
                Clone
              </Link>
            </Button>
            <PauseResume monitor={monitor} name={name} variant="outline" size="default" />
            <DeleteMonitorDialog monitor={monitor} name={name} />
          </HiddenWhenViewOnly>
        </div>
      </header>
      <MonitorStatus view={view} report={report} />
      <TestNow
        id={monitor.id}
        autoStart={searchParams.get("test") === "now"}
        // Once started, the address no longer asks for a test: a reload does not start another.
        onAutoStarted={() => router.replace(pathname, { scroll: false })}
      />
      <MonitorSettings monitor={monitor} />
      <MonitorHistory id={monitor.id} />
    </div>
  );
}
