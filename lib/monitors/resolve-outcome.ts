import "server-only";
import { type AlertSiteError, isAlertSiteError, type MonitorIdResult, type UnknownOutcomeCause } from "@/lib/alertsite";
import { type ApiError, type ConsoleMonitorIdResponse } from "@/lib/api/envelope";
import { UnresolvedWrite } from "@/lib/api/server/write-outcome";
import { changedFields } from "./changes";
import { type MonitorCreateBody } from "./create-schema";
import { type MonitorEditBody } from "./edit-schema";
import { formValuesFromUpstream } from "./form-values";
import { type UpstreamMonitor } from "./upstream";

// When AlertSite's answer to a write is lost (a timeout, a connection broken after sending, a
// gateway's 5xx, a 2xx the console could not read), the change may or may not have been made. The
// console does not hand that guess to the user: it looks, and says what it found.

/** AlertSite may still be finishing the write when the console first looks: it looks again after this long. */
export const SETTLE_DELAY_MS = 2000;

export type LookOptions = { settleDelayMs?: number; sleep?: (ms: number) => Promise<void> };

/**
 * Told the moment an answer is found lost, before the console looks: the history records "outcome
 * unknown" first, so a crash while looking still leaves an honest entry (lib/history/record-change.ts).
 */
export type OnAnswerLost = (cause: UnknownOutcomeCause) => Promise<void>;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Look<T> = { found: T | undefined } | { failed: true };

/** Looks once, and once more after a short wait unless the first look found it. The last look decides. */
async function lookTwice<T>(
  look: () => Promise<T | undefined>,
  { settleDelayMs = SETTLE_DELAY_MS, sleep = wait }: LookOptions,
): Promise<Look<T>> {
  const once = async (): Promise<Look<T>> => {
    try {
      return { found: await look() };
    } catch {
      return { failed: true };
    }
  };
  const first = await once();
  if ("found" in first && first.found !== undefined) return first;
  await sleep(settleDelayMs);
  return once();
}

function lostAnswer(error: unknown): AlertSiteError | undefined {
  return isAlertSiteError(error) && error.unknownOutcome !== undefined ? error : undefined;
}

const sameText = (a: string | null | undefined, b: string) => typeof a === "string" && a.trim() === b.trim();
const sameAddress = (a: string | null | undefined, b: string) =>
  typeof a === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The monitor this create would have made: same name, test mailbox and both mail servers. */
export function isMonitorFromCreate(monitor: UpstreamMonitor, body: MonitorCreateBody): boolean {
  return (
    sameText(monitor.name, body.name) &&
    sameAddress(monitor.email, body.email) &&
    sameAddress(monitor.smtp_hostname, body.smtp_hostname) &&
    sameAddress(monitor.pop3_hostname, body.pop3_hostname)
  );
}

/** Of several matches, the newest: AlertSite's ids grow. */
function newest(monitors: UpstreamMonitor[]): UpstreamMonitor | undefined {
  return monitors.reduce<UpstreamMonitor | undefined>(
    (latest, monitor) => (latest === undefined || Number(monitor.id) > Number(latest.id) ? monitor : latest),
    undefined,
  );
}

/**
 * Creates a monitor; when the answer is lost, looks for the monitor in the account's list. Found:
 * its id, with `resolvedAfter` saying the answer was lost. Not found, or the look-up failed: an
 * UnresolvedWrite saying so in plain words.
 */
export async function createResolvingOutcome(
  body: MonitorCreateBody,
  calls: {
    create: () => Promise<MonitorIdResult>;
    list: () => Promise<UpstreamMonitor[]>;
    onAnswerLost?: OnAnswerLost;
  },
  options: LookOptions = {},
): Promise<ConsoleMonitorIdResponse> {
  try {
    return await calls.create();
  } catch (error) {
    const failure = lostAnswer(error);
    if (!failure?.unknownOutcome) throw error;
    await calls.onAnswerLost?.(failure.unknownOutcome);
    const look = await lookTwice(
      async () => newest((await calls.list()).filter((monitor) => isMonitorFromCreate(monitor, body))),
      options,
    );
    if ("found" in look && look.found) return { id: look.found.id, resolvedAfter: failure.unknownOutcome };
    const code = failure.errors[0]?.code ?? 502;
    const lead: ApiError =
      "failed" in look
        ? {
            code,
            message: "The console could not tell whether the monitor was created.",
            action: `Before trying again, search the monitor list for “${body.name}”: if it is there, it was created.`,
          }
        : {
            code,
            message: "It was not created: it is safe to try again.",
            action:
              "AlertSite's answer was lost, so the console looked in your account: no monitor has this name and mailbox.",
          };
    throw new UnresolvedWrite(failure, "failed" in look ? "unknown" : "not-saved", lead);
  }
}

/** Whether `monitor` already has every value of `patch` (a mailbox password can never be read back, so never counts). */
export function hasEdit(monitor: UpstreamMonitor, patch: MonitorEditBody): boolean {
  const { email_password: _unreadable, ...rest } = changedFields(formValuesFromUpstream(monitor), patch);
  return Object.keys(rest).length === 0;
}

/**
 * Sends an edit; when the answer is lost, reads the monitor again and checks whether the change is
 * there. There: the id with `resolvedAfter`. Not there, or it could not tell: an UnresolvedWrite.
 */
export async function editResolvingOutcome(
  id: string,
  patch: MonitorEditBody,
  calls: { edit: () => Promise<MonitorIdResult>; read: () => Promise<UpstreamMonitor>; onAnswerLost?: OnAnswerLost },
  options: LookOptions = {},
): Promise<ConsoleMonitorIdResponse> {
  try {
    return await calls.edit();
  } catch (error) {
    const failure = lostAnswer(error);
    if (!failure?.unknownOutcome) throw error;
    await calls.onAnswerLost?.(failure.unknownOutcome);
    const code = failure.errors[0]?.code ?? 502;
    const { email_password: password, ...checkable } = patch;
    if (Object.keys(checkable).length === 0 && password !== undefined) {
      throw new UnresolvedWrite(failure, "unknown", {
        code,
        message: "The console could not tell whether the new mailbox password was saved.",
        action:
          "AlertSite never shows mailbox passwords, so it cannot be checked: sending the same password again does no harm.",
      });
    }
    const look = await lookTwice(async () => {
      const monitor = await calls.read();
      return hasEdit(monitor, patch) ? monitor : undefined;
    }, options);
    if ("found" in look && look.found) return { id, resolvedAfter: failure.unknownOutcome };
    const lead: ApiError =
      "failed" in look
        ? {
            code,
            message: "The console could not tell whether your change was saved.",
            action: "Reload this page to see what AlertSite has now before trying again.",
          }
        : {
            code,
            message: "Your change was not saved: it is safe to try again.",
            action: "AlertSite's answer was lost, so the console read the monitor again: it does not have your change.",
          };
    throw new UnresolvedWrite(failure, "failed" in look ? "unknown" : "not-saved", lead);
  }
}
