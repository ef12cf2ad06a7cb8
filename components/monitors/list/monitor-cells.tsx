import { Fragment } from "react";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { plural } from "@/lib/plural";

/** The name to show and link: a monitor without one is still reachable. */
export function displayName(monitor: UpstreamMonitor): string {
  return monitor.name?.trim() ? monitor.name : `Monitor ${monitor.id} (no name)`;
}

export function intervalText(minutes: number | null | undefined): string {
  if (minutes === undefined || minutes === null) return "Not reported";
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, "hour", "hours");
  return plural(minutes, "minute", "minutes");
}

/** Lets addresses wrap before a dot or @ and after ://, rather than mid-word. */
export function Breakable({ text }: { text: string | null | undefined }) {
  if (!text) return <span className="text-muted-foreground">Not set</span>;
  return text.split(/(?=[.@])|(?<=:\/\/)/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}
