"use client";

import { useParams } from "next/navigation";
import { MonitorNotFound } from "@/components/monitors/monitor-not-found";

/** `notFound()` from any page of one monitor: a malformed id, or one AlertSite does not have. */
export default function MonitorNotFoundPage() {
  const { id } = useParams<{ id: string }>();
  return <MonitorNotFound id={id} />;
}
