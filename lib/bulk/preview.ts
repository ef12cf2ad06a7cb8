import { changeLine } from "@/lib/history/describe-entry";
import { editChanges } from "@/lib/history/field-changes";
import { changedFields } from "@/lib/monitors/changes";
import { editSchemaFor, type MonitorEditBody } from "@/lib/monitors/edit-schema";
import { isMonitorFieldName } from "@/lib/monitors/field-names";
import { fieldLabel } from "@/lib/monitors/fields";
import { formValuesFromUpstream } from "@/lib/monitors/form-values";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { plural } from "@/lib/plural";
import { applyBulkChange, type BulkChange } from "./bulk-change";
import { type StartBulkAction } from "./contract";

// What a bulk action will do to each selected monitor, before anything is sent: the PATCH body
// (only that monitor's changed fields), the same change in the history's words, or why the monitor
// is skipped (nothing changes) or flagged (the new values break one of its rules).

export type BulkRequest =
  { kind: "pause" } | { kind: "resume" } | { kind: "delete" } | { kind: "edit"; change: BulkChange };

export type PreviewItem = {
  monitorId: string;
  monitorName: string;
  /** `change`: will be sent. `skip`: nothing would change. `problem`: breaks a rule; never sent as is. */
  outcome: "change" | "skip" | "problem";
  /** Only the fields that change for this monitor (empty for a delete, a skip or a problem). */
  patch: MonitorEditBody;
  /** "Run every: 15 minutes → 5 minutes", as the history will word it. */
  lines: string[];
  /** For `problem`: each broken rule's message, with the field it is about. */
  problems: string[];
  /** For `skip`: why. */
  reason: string | null;
};

function nameOf(monitor: UpstreamMonitor): string {
  return monitor.name?.trim() || `Monitor ${monitor.id}`;
}

function item(monitor: UpstreamMonitor, rest: Omit<PreviewItem, "monitorId" | "monitorName">): PreviewItem {
  return { monitorId: monitor.id, monitorName: nameOf(monitor), ...rest };
}

function changeItem(monitor: UpstreamMonitor, patch: MonitorEditBody): PreviewItem {
  const lines = editChanges(monitor, patch).map(changeLine);
  return item(monitor, { outcome: "change", patch, lines, problems: [], reason: null });
}

function skipItem(monitor: UpstreamMonitor, reason: string): PreviewItem {
  return item(monitor, { outcome: "skip", patch: {}, lines: [], problems: [], reason });
}

function setEnabled(monitor: UpstreamMonitor, enabled: boolean): PreviewItem {
  if (monitor.enabled === enabled) return skipItem(monitor, enabled ? "Already running" : "Already paused");
  return changeItem(monitor, { enabled });
}

function problemMessage(path: readonly PropertyKey[], message: string): string {
  const [field] = path;
  if (typeof field !== "string" || !isMonitorFieldName(field)) return message;
  const label = fieldLabel(field);
  return message.startsWith(label) ? message : `${label}: ${message}`;
}

function editItem(monitor: UpstreamMonitor, change: BulkChange): PreviewItem {
  const values = applyBulkChange(monitor, change);
  const result = editSchemaFor(monitor).safeParse(values);
  if (!result.success) {
    const problems = [...new Set(result.error.issues.map((issue) => problemMessage(issue.path, issue.message)))];
    return item(monitor, { outcome: "problem", patch: {}, lines: [], problems, reason: null });
  }
  const patch = changedFields(formValuesFromUpstream(monitor), result.data);
  if (Object.keys(patch).length === 0) return skipItem(monitor, "Already has these values");
  return changeItem(monitor, patch);
}

/** One monitor's part in the action. */
export function previewItem(monitor: UpstreamMonitor, request: BulkRequest): PreviewItem {
  switch (request.kind) {
    case "pause":
      return setEnabled(monitor, false);
    case "resume":
      return setEnabled(monitor, true);
    case "delete":
      return item(monitor, {
        outcome: "change",
        patch: {},
        lines: ["Deleted, with its settings"],
        problems: [],
        reason: null,
      });
    case "edit":
      return editItem(monitor, request.change);
  }
}

export function previewItems(monitors: readonly UpstreamMonitor[], request: BulkRequest): PreviewItem[] {
  return monitors.map((monitor) => previewItem(monitor, request));
}

export type PreviewCounts = { change: number; skip: number; problem: number };

export function previewCounts(items: readonly PreviewItem[]): PreviewCounts {
  const counts: PreviewCounts = { change: 0, skip: 0, problem: 0 };
  for (const entry of items) counts[entry.outcome] += 1;
  return counts;
}

/** The items that will be sent: those that change something and that the user left included. */
export function includedItems(items: readonly PreviewItem[], excluded: ReadonlySet<string>): PreviewItem[] {
  return items.filter((entry) => entry.outcome === "change" && !excluded.has(entry.monitorId));
}

/** POST /api/bulk-actions's body; undefined when nothing is left to send. */
export function startRequest(
  request: BulkRequest,
  items: readonly PreviewItem[],
  requestKey: string,
): StartBulkAction | undefined {
  if (items.length === 0) return undefined;
  if (request.kind === "edit")
    return {
      requestKey,
      kind: "edit",
      items: items.map((entry) => ({ monitorId: entry.monitorId, patch: entry.patch })),
    };
  return { requestKey, kind: request.kind, monitorIds: items.map((entry) => entry.monitorId) };
}

const VERBS: Readonly<Record<BulkRequest["kind"], string>> = {
  pause: "Pause",
  resume: "Resume",
  delete: "Delete",
  edit: "Change",
};

/** The Start button's words: "Pause 2 monitors". */
export function startLabel(kind: BulkRequest["kind"], count: number): string {
  return `${VERBS[kind]} ${plural(count, "monitor", "monitors")}`;
}
