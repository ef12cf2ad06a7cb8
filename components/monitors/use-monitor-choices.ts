"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { choicesFromMonitors, type MonitorChoices, NO_CHOICES } from "@/lib/monitors/choices";
import { monitorListQuery } from "@/lib/monitors/queries";

/**
 * Plans, locations and custom properties the account's monitors use (the list call is cached). A monitor
 * the console could not read is already left out of the list, so it never costs the form its choices.
 */
export function useMonitorChoices(): MonitorChoices {
  const { data } = useQuery(monitorListQuery());
  return useMemo(() => (data ? choicesFromMonitors(data.monitors) : NO_CHOICES), [data]);
}
