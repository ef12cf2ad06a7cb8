"use client";

import { CopyPlusIcon, PencilIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cloneMonitorHref, editMonitorHref } from "@/lib/monitors/list-view-url";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { cn } from "@/lib/utils";
import { PauseResumeButton, PauseResumeProblem } from "../state/pause-resume-button";
import { useSetMonitorEnabled } from "../state/use-set-monitor-enabled";
import { useViewOnly } from "../view-only/view-only-context";

type RowActionsProps = {
  monitor: UpstreamMonitor;
  name: string;
  /** The table's narrow column: Clone and Pause as icons, their words in tooltips. */
  isCompact?: boolean;
  className?: string;
};

/**
 * Edit opens the form; Clone opens the create form prefilled with a copy; Pause and Resume change
 * the row in place. The monitor's name is in each control's accessible name, so a list of them
 * still says which monitor each one is for.
 */
export function RowActions({ monitor, name, isCompact = false, className }: RowActionsProps) {
  const { isViewOnly } = useViewOnly();
  const pauseResume = useSetMonitorEnabled(monitor.id);
  const clone = (
    <Button asChild variant="ghost" size={isCompact ? "icon" : "sm"} className={isCompact ? "size-8" : undefined}>
      <Link href={cloneMonitorHref(monitor)} prefetch={false} aria-label={`Clone ${name}`}>
        <CopyPlusIcon aria-hidden />
        {isCompact ? null : "Clone"}
      </Link>
    </Button>
  );
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex items-center gap-1">
        <Button asChild variant="ghost" size="sm">
          {/* 50 rows of prefetching on every page turn would cost more than it saves. */}
          <Link href={editMonitorHref(monitor.id)} prefetch={false} aria-label={`Edit ${name}`}>
            <PencilIcon aria-hidden />
            Edit
          </Link>
        </Button>
        {isViewOnly ? null : (
          <>
            {isCompact ? (
              <Tooltip>
                <TooltipTrigger asChild>{clone}</TooltipTrigger>
                <TooltipContent>Clone</TooltipContent>
              </Tooltip>
            ) : (
              clone
            )}
            <PauseResumeButton monitor={monitor} name={name} control={pauseResume} isCompact={isCompact} />
          </>
        )}
      </div>
      <PauseResumeProblem monitor={monitor} name={name} control={pauseResume} />
    </div>
  );
}
