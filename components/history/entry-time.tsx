"use client";

import { useNow } from "@/components/monitors/state/checked-at";
import { exactTime, timeAgo } from "@/lib/monitors/monitor-state";

/** "3 min ago", with the exact time in the reader's time zone as a title; until hydrated, the time in UTC. */
export function EntryTime({ iso, className }: { iso: string; className?: string }) {
  const now = useNow();
  const exact = now === null ? exactTime(iso, { utc: true }) : exactTime(iso);
  const ago = now === null ? exact : timeAgo(iso, now);
  return (
    <time dateTime={iso} title={exact ?? iso} className={className}>
      {ago ?? iso}
    </time>
  );
}

/** The exact time, written out (for an entry's own page). */
export function ExactTime({ iso }: { iso: string }) {
  const now = useNow();
  return <time dateTime={iso}>{(now === null ? exactTime(iso, { utc: true }) : exactTime(iso)) ?? iso}</time>;
}
