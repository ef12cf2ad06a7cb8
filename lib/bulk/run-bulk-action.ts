import "server-only";
import { type AlertSiteClient, getAlertSite } from "@/lib/alertsite";
import { formatWait } from "@/lib/alertsite/retry-after";
import { type ConsoleSession } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import {
  type BulkItemUpdate,
  setBulkItemNames,
  settleBulkAction,
  touchBulkAction,
  updateBulkItem,
} from "@/lib/db/bulk-queries";
import { type ChangeContext } from "@/lib/monitors/change-context";
import { createMonitorRecorded } from "@/lib/monitors/create-monitor";
import { type MonitorCreateBody } from "@/lib/monitors/create-schema";
import { deleteMonitorRecorded } from "@/lib/monitors/delete-monitor";
import { type MonitorEditBody } from "@/lib/monitors/edit-schema";
import { saveMonitorEdit } from "@/lib/monitors/save-monitor-edit";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { type BulkKind } from "./contract";
import {
  CANCELLED_WHILE_WAITING,
  DONE,
  DONE_AFTER_LOOKING,
  failedItem,
  isSessionEnded,
  NOT_SENT_CANCELLED,
  NOT_SENT_SESSION_ENDED,
  type SettledItem,
} from "./item-outcome";
import { createRequestGate, isRateLimited, type RequestGate } from "./request-gate";
import { registerRunner, unregisterRunner } from "./running-here";
import { throttledAlertSite } from "./throttled-client";

// Runs a bulk action's items a few at a time, each one AlertSite request through the same recorded
// paths as a single change (history entry first, linked to the action). Progress goes to the
// database item by item so every instance can show it; the heartbeat says this instance is alive.

/** How often the running instance renews its heartbeat and looks for a cancel made on another instance. */
export const HEARTBEAT_MS = 2000;

export type BulkRunItem = {
  index: number;
  monitorId: string | null;
  /** An edit's own PATCH body; pause and resume get theirs from the kind. */
  patch: MonitorEditBody | null;
  /** An import's row (held in memory only). */
  createValues: MonitorCreateBody | null;
};

export type BulkRun = {
  actionId: string;
  kind: BulkKind;
  session: Pick<ConsoleSession, "email" | "alertSiteToken">;
  items: readonly BulkRunItem[];
};

export type BulkRunOptions = {
  /** Defaults to BULK_CONCURRENCY. */
  concurrency?: number;
  /** Milliseconds in a second of a 429's wait: tests shrink it. */
  secondMs?: number;
  heartbeatMs?: number;
  alertSite?: AlertSiteClient;
};

/** The monitors as one list read found them, by id: each item's "before", with no read per item. */
async function readMonitorsOnce(client: AlertSiteClient, token: string): Promise<Map<string, UpstreamMonitor>> {
  try {
    const { monitors } = await client.listRoundTripMonitors(token);
    return new Map(monitors.map((monitor) => [String(monitor.id), monitor]));
  } catch (error) {
    // Each item then reads its own monitor, as a single change does.
    console.warn(
      `[bulk] the list read before the action failed; each item reads its monitor: ${error instanceof Error ? error.message : "unknown"}`,
    );
    return new Map();
  }
}

const PATCH_OF_KIND: Partial<Record<BulkKind, MonitorEditBody>> = {
  pause: { enabled: false },
  resume: { enabled: true },
};

/** Sends one item through its recorded path; returns its status, and a create's new monitor id. */
async function sendItem(
  run: BulkRun,
  item: BulkRunItem,
  context: ChangeContext,
): Promise<SettledItem & Pick<BulkItemUpdate, "monitorId">> {
  if (run.kind === "create") {
    if (!item.createValues) throw new Error("The import's row is no longer held by this instance.");
    const created = await createMonitorRecorded(run.session, item.createValues, context);
    return { ...(created.resolvedAfter ? DONE_AFTER_LOOKING : DONE), monitorId: created.id };
  }
  const id = item.monitorId;
  if (id === null) throw new Error("A bulk change item has no monitor id.");
  if (run.kind === "delete") {
    const result = await deleteMonitorRecorded(run.session, id, context);
    return result.outcome === "deleted"
      ? DONE
      : {
          status: "failed",
          message: `Monitor ${id} was already deleted or never existed.`,
          alertSite: result.alertSite,
        };
  }
  const patch = PATCH_OF_KIND[run.kind] ?? item.patch;
  if (!patch) throw new Error("A bulk edit item has no changes.");
  const saved = await saveMonitorEdit(run.session, id, patch, context);
  return saved.resolvedAfter ? DONE_AFTER_LOOKING : DONE;
}

/** Writes an item's progress; a failed write is logged, never the end of the action. */
async function record(actionId: string, index: number, update: BulkItemUpdate): Promise<void> {
  try {
    await updateBulkItem(actionId, index, update);
  } catch (error) {
    console.warn(
      `[bulk] action=${actionId} item=${index} status=${update.status ?? "-"} could not be written: ${error instanceof Error ? error.message : "unknown"}`,
    );
  }
}

async function runItem(
  run: BulkRun,
  item: BulkRunItem,
  shared: {
    gate: RequestGate;
    client: AlertSiteClient;
    known: Map<string, UpstreamMonitor>;
    onSessionEnded: () => void;
  },
): Promise<void> {
  const { actionId } = run;
  const alertSite = throttledAlertSite(shared.client, shared.gate, {
    onWaiting: (seconds) =>
      record(actionId, item.index, {
        status: "waiting",
        message: `AlertSite asked the console to slow down: sending again in ${formatWait(seconds)}.`,
      }),
    onResend: () => record(actionId, item.index, { status: "sending", message: null }),
  });
  const context: ChangeContext = {
    alertSite,
    bulkActionId: actionId,
    current: item.monitorId === null ? undefined : shared.known.get(item.monitorId),
    // One write: the attempt is in the history, so its request is about to go.
    onAttemptWritten: (historyEntryId) =>
      record(actionId, item.index, { historyEntryId, status: "sending", message: null, alertSite: null }),
  };
  try {
    await record(actionId, item.index, await sendItem(run, item, context));
  } catch (error) {
    if (isSessionEnded(error)) shared.onSessionEnded();
    const settled = shared.gate.isCancelled && isRateLimited(error) ? CANCELLED_WHILE_WAITING : failedItem(error);
    await record(actionId, item.index, settled);
  }
}

/**
 * Runs `run` to its end: every item sent (at most `concurrency` at once), or the action cancelled
 * (here, or on another instance: seen at the next heartbeat) or its session ended. Never rejects.
 */
export async function runBulkAction(run: BulkRun, options: BulkRunOptions = {}): Promise<void> {
  const gate = createRequestGate({ secondMs: options.secondMs });
  const client = options.alertSite ?? getAlertSite();
  let isSessionOver = false;
  let finish = () => {};
  registerRunner(run.actionId, {
    cancel: () => gate.cancel(),
    ended: new Promise<void>((resolve) => (finish = resolve)),
  });
  const heartbeat = setInterval(() => {
    touchBulkAction(run.actionId)
      .then((state) => {
        if (state === "cancelling") gate.cancel();
      })
      .catch(() => {});
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const known =
      run.kind === "create"
        ? new Map<string, UpstreamMonitor>()
        : await readMonitorsOnce(
            throttledAlertSite(client, gate, { onWaiting: async () => {}, onResend: async () => {} }),
            run.session.alertSiteToken,
          );
    const names = run.items.flatMap((item) => {
      const name = item.monitorId === null ? undefined : known.get(item.monitorId)?.name;
      return name ? [{ index: item.index, name }] : [];
    });
    await setBulkItemNames(run.actionId, names).catch(() => {});
    const shared = {
      gate,
      client,
      known,
      onSessionEnded: () => {
        isSessionOver = true;
        gate.cancel();
      },
    };
    let next = 0;
    const worker = async () => {
      for (;;) {
        await gate.ready();
        const item = run.items[next];
        if (gate.isCancelled || !item) return;
        next += 1;
        await runItem(run, item, shared);
      }
    };
    const concurrency = options.concurrency ?? getConfig().bulkConcurrency;
    await Promise.all(Array.from({ length: Math.min(concurrency, run.items.length) }, worker));
    // A cancel asked for on another instance after the last heartbeat still counts.
    if (!gate.isCancelled && (await touchBulkAction(run.actionId).catch(() => undefined)) === "cancelling")
      gate.cancel();
    await settleBulkAction(
      run.actionId,
      isSessionOver
        ? { state: "finished", unsent: { status: "failed", message: NOT_SENT_SESSION_ENDED } }
        : gate.isCancelled
          ? { state: "cancelled", unsent: { status: "cancelled", message: NOT_SENT_CANCELLED } }
          : { state: "finished" },
    );
  } catch (error) {
    console.error(
      `[bulk] action=${run.actionId} stopped unexpectedly: ${error instanceof Error ? error.message : "unknown"}`,
    );
  } finally {
    clearInterval(heartbeat);
    unregisterRunner(run.actionId);
    finish();
  }
}
