import { type UpstreamMonitor } from "./upstream";
import { parseWholeNumber } from "./values";

export type LocationChoice = { id: number; name: string | undefined };
export type CustomPropertyChoice = {
  id: number;
  name: string | undefined;
  values: { id: number; name: string | undefined }[];
};

export type MonitorChoices = {
  plans: string[];
  locations: LocationChoice[];
  customProperties: CustomPropertyChoice[];
};

export const NO_CHOICES: MonitorChoices = { plans: [], locations: [], customProperties: [] };

function toId(value: unknown): number | undefined {
  const id = parseWholeNumber(value);
  return id !== undefined && id > 0 ? id : undefined;
}

/**
 * AlertSite v3 has no call that lists plans, locations or custom properties, so the console offers
 * those the account's monitors already use, with the names AlertSite gave on reads.
 */
export function choicesFromMonitors(monitors: readonly UpstreamMonitor[]): MonitorChoices {
  const plans = new Set<string>();
  const locations = new Map<number, string | undefined>();
  const properties = new Map<number, { name: string | undefined; values: Map<number, string | undefined> }>();

  for (const monitor of monitors) {
    if (monitor.billing_plancode?.trim()) plans.add(monitor.billing_plancode.trim());
    for (const location of monitor.locations ?? []) {
      if (!locations.get(location.id)) locations.set(location.id, location.name ?? undefined);
    }
    for (const property of monitor.custom_properties ?? []) {
      const id = toId(property.id);
      if (id === undefined) continue;
      const entry = properties.get(id) ?? { name: property.name ?? undefined, values: new Map() };
      entry.name ??= property.name ?? undefined;
      const valueId = toId(property.value_id);
      if (valueId !== undefined && !entry.values.get(valueId)) {
        entry.values.set(
          valueId,
          property.value === undefined || property.value === null ? undefined : String(property.value),
        );
      }
      properties.set(id, entry);
    }
  }

  const byName = (a: { id: number; name: string | undefined }, b: { id: number; name: string | undefined }) =>
    (a.name ?? `~${a.id}`).localeCompare(b.name ?? `~${b.id}`) || a.id - b.id;
  return {
    plans: [...plans].sort((a, b) => a.localeCompare(b)),
    locations: [...locations].map(([id, name]) => ({ id, name })).sort(byName),
    customProperties: [...properties]
      .map(([id, { name, values }]) => ({
        id,
        name,
        values: [...values].map(([valueId, value]) => ({ id: valueId, name: value })).sort(byName),
      }))
      .sort(byName),
  };
}

/** A location as people know it ("Sydney, AU"); its id only when AlertSite gave no name. */
export function locationLabel(location: LocationChoice): string {
  return location.name ?? `Location ${location.id}`;
}
