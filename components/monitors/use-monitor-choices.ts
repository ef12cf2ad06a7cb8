"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { choicesFromMonitors, type MonitorChoices, NO_CHOICES } from "@/lib/monitors/choices";
import { monitorListQuery } from "@/lib/monitors/queries";

/** Plans, locations and custom properties the account's monitors use (the list call is cached). */
export function useMonitorChoices(): MonitorChoices {
  const { data } = useQuery(monitorListQuery());
  return useMemo(() => (data ? choicesFromMonitors(data) : NO_CHOICES), [data]);
}
