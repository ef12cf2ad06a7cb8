// How a CSV cell holds a list, the same way out (export) and in (import):
//   locations             "101; 102"           location ids
//   location_names        "Sydney, AU; London" their names, in the same order
//   custom_properties     "7=21; 8=30"         property id = value id
//   custom_property_names "Team=Payments"      property name = value name

export const LIST_SEPARATOR = "; ";

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

/** The non-empty items of a list cell, trimmed. */
export function splitList(cell: string): string[] {
  return cell
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function pairCell(key: string, value: string): string {
  return `${key}=${value}`;
}

/** "7=21" → { key: "7", value: "21" }; an item without "=" is all key. */
export function splitPair(item: string): { key: string; value: string } {
  const at = item.indexOf("=");
  if (at === -1) return { key: item.trim(), value: "" };
  return { key: item.slice(0, at).trim(), value: item.slice(at + 1).trim() };
}
