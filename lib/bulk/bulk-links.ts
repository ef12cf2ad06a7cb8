import { type BulkRequest } from "./preview";

// The bulk pages' addresses.

export type BulkKindShown = BulkRequest["kind"];
export const BULK_PAGE_KINDS = ["pause", "resume", "delete", "edit"] as const satisfies readonly BulkKindShown[];

/** The preview (and, for "edit", the change form) for the selected monitors. */
export function newBulkActionHref(kind: BulkKindShown): string {
  return `/monitors/bulk/new?action=${kind}`;
}

/** The action's progress and summary page. */
export function bulkActionHref(id: string): string {
  return `/monitors/bulk/${encodeURIComponent(id)}`;
}

/** The action's items on the activity page. */
export function bulkActivityHref(id: string): string {
  return `/activity?bulk=${encodeURIComponent(id)}`;
}

/** The action a preview URL asks for; anything else is undefined. */
export function parseBulkPageKind(value: string | null | undefined): BulkKindShown | undefined {
  return BULK_PAGE_KINDS.find((kind) => kind === value);
}
