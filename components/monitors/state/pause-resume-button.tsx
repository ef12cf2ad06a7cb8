"use client";

import { LoaderCircleIcon, PauseIcon, PlayIcon } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { useSetMonitorEnabled } from "./use-set-monitor-enabled";

type PauseResumeButtonProps = {
  monitor: Pick<UpstreamMonitor, "id" | "enabled">;
  /** The monitor's name, for the button's accessible name and the messages. */
  name: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  className?: string;
};

/**
 * Pause for a monitor that runs, Resume for one that does not. A failure is said beside the
 * button, in AlertSite's words too; a success shows in the state badge next to it.
 */
export function PauseResumeButton({
  monitor,
  name,
  variant = "ghost",
  size = "sm",
  className,
}: PauseResumeButtonProps) {
  const mutation = useSetMonitorEnabled(monitor.id);
  const isPaused = monitor.enabled === false;
  const verb = isPaused ? "Resume" : "Pause";
  const Icon = mutation.isPending ? LoaderCircleIcon : isPaused ? PlayIcon : PauseIcon;
  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={className}
        disabled={mutation.isPending}
        aria-label={`${verb} ${name}`}
        onClick={() => {
          if (!mutation.isPending) mutation.mutate(isPaused);
        }}
      >
        <Icon aria-hidden className={mutation.isPending ? "animate-spin" : undefined} />
        {mutation.isPending ? (isPaused ? "Resuming…" : "Pausing…") : verb}
      </Button>
      {mutation.error ? (
        <p role="alert" className="basis-full text-sm whitespace-pre-line text-destructive">
          {`${name} was not ${isPaused ? "resumed" : "paused"}. ${mutation.error.message}`}
        </p>
      ) : null}
    </>
  );
}
