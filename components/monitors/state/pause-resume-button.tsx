"use client";

import { LoaderCircleIcon, PauseIcon, PlayIcon } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { type SetMonitorEnabled, useSetMonitorEnabled } from "./use-set-monitor-enabled";

type Target = { monitor: Pick<UpstreamMonitor, "id" | "enabled">; name: string };

type PauseResumeButtonProps = Target & {
  control: SetMonitorEnabled;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  /** Only the icon, the words in a tooltip and the accessible name: for the table's narrow column. */
  isCompact?: boolean;
};

/** Pause for a monitor that runs, Resume for one that does not; one PATCH per click. */
export function PauseResumeButton({
  monitor,
  name,
  control,
  variant = "ghost",
  size = "sm",
  isCompact = false,
}: PauseResumeButtonProps) {
  const isPaused = monitor.enabled === false;
  const verb = isPaused ? "Resume" : "Pause";
  const label = control.isPending ? (isPaused ? "Resuming…" : "Pausing…") : verb;
  const Icon = control.isPending ? LoaderCircleIcon : isPaused ? PlayIcon : PauseIcon;
  const button = (
    <Button
      variant={variant}
      size={isCompact ? "icon" : size}
      className={isCompact ? "size-8" : undefined}
      disabled={control.isPending}
      aria-label={`${verb} ${name}`}
      onClick={() => {
        if (!control.isPending) control.mutate(isPaused);
      }}
    >
      <Icon aria-hidden className={control.isPending ? "animate-spin" : undefined} />
      {isCompact ? null : label}
    </Button>
  );
  if (!isCompact) return button;
  return (
    <Tooltip>
      <TooltipTrigger asChild>{button}</TooltipTrigger>
      <TooltipContent>{label}</TooltipContent>
    </Tooltip>
  );
}

/** Why a pause or resume did not happen, in the console's and AlertSite's words; nothing otherwise. */
export function PauseResumeProblem({ monitor, name, control }: Target & { control: SetMonitorEnabled }) {
  if (!control.error) return null;
  const verb = monitor.enabled === false ? "resumed" : "paused";
  return (
    <p role="alert" className="basis-full text-sm whitespace-pre-line text-destructive">
      {`${name} was not ${verb}. ${control.error.message}`}
    </p>
  );
}

/** The button and its problem together, for a toolbar that wraps (the monitor page). */
export function PauseResume(props: Target & Pick<PauseResumeButtonProps, "variant" | "size">) {
  const control = useSetMonitorEnabled(props.monitor.id);
  return (
    <>
      <PauseResumeButton {...props} control={control} />
      <PauseResumeProblem {...props} control={control} />
    </>
  );
}
