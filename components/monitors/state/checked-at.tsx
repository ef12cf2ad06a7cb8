"use client";

import { useSyncExternalStore } from "react";
import { exactTime, timeAgo } from "@/lib/monitors/monitor-state";

const TICK_MS = 30_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

// One clock for every "checked … ago" on the page, ticking only while one is shown.
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const each of listeners) each();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time now in the browser; null in the server's HTML, whose clock and time zone may differ. */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
}

type CheckedAtProps = { iso: string | null; prefix?: string; className?: string };

/** "checked 3 min ago", with the exact time as a title; until hydrated, the time in UTC. */
export function CheckedAt({ iso, prefix = "checked", className }: CheckedAtProps) {
  const current = useNow();
  if (iso === null) return <span className={className}>not checked yet</span>;
  const exact = current === null ? exactTime(iso, { utc: true }) : exactTime(iso);
  const ago = current === null ? exact : timeAgo(iso, current);
  if (ago === null || exact === null) return <span className={className}>last check time not readable</span>;
  return (
    <span className={className}>
      {prefix}{" "}
      <time dateTime={iso} title={exact}>
        {ago}
      </time>
    </span>
  );
}
