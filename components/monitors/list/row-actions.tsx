import { CopyPlusIcon, PencilIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cloneMonitorHref, editMonitorHref } from "@/lib/monitors/list-view-url";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { cn } from "@/lib/utils";
import { PauseResumeButton } from "../state/pause-resume-button";
import { HiddenWhenViewOnly } from "../view-only/view-only-context";

type RowActionsProps = { monitor: UpstreamMonitor; name: string; className?: string };

/**
 * Edit opens the form; Clone opens the create form prefilled with a copy; Pause and Resume change
 * the row in place. The monitor's name is in each control's accessible name, so a list of them
 * still says which monitor each one is for.
 */
export function RowActions({ monitor, name, className }: RowActionsProps) {
  return (
    <div className={cn("flex flex-wrap items-center gap-1", className)}>
      <Button asChild variant="ghost" size="sm">
        {/* 50 rows of prefetching on every page turn would cost more than it saves. */}
        <Link href={editMonitorHref(monitor.id)} prefetch={false} aria-label={`Edit ${name}`}>
          <PencilIcon aria-hidden />
          Edit
        </Link>
      </Button>
      <HiddenWhenViewOnly>
        <Button asChild variant="ghost" size="sm">
          <Link href={cloneMonitorHref(monitor)} prefetch={false} aria-label={`Clone ${name}`}>
            <CopyPlusIcon aria-hidden />
            Clone
          </Link>
        </Button>
        <PauseResumeButton monitor={monitor} name={name} />
      </HiddenWhenViewOnly>
    </div>
  );
}
