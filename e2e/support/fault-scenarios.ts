/**
 * How the fault-injecting fake AlertSite answers a create (`late`: makes the monitor, then answers
 * after the console has given up) or an edit of a monitor so named (`late-edit`: the same for a change): chosen by the monitor name the test
 * types, `[fault:<scenario>] anything`, so that parallel tests never share a switch.
 */
export type FaultScenario =
  | "400-one"
  | "400-several"
  | "400-echo"
  | "401"
  | "403"
  | "404"
  | "429"
  | "500"
  | "502-html"
  | "503-html"
  | "malformed"
  | "reset"
  | "hang"
  | "hold"
  | "late"
  | "late-edit";

export const FAULT_SCENARIOS: readonly FaultScenario[] = [
  "400-one",
  "400-several",
  "400-echo",
  "401",
  "403",
  "404",
  "429",
  "500",
  "502-html",
  "503-html",
  "malformed",
  "reset",
  "hang",
  "hold",
  "late",
  "late-edit",
];

/** How a status or test call fails: an answer of the create scenarios, or a 200 with nonsense JSON. */
export type HealthFault = "400-one" | "403" | "404" | "500" | "502-html" | "503-html" | "malformed" | "nonsense";
const HEALTH_FAULTS: readonly HealthFault[] = [
  "400-one",
  "403",
  "404",
  "500",
  "502-html",
  "503-html",
  "malformed",
  "nonsense",
];

/** Which call fails: the status of the monitor (and its test start), only the test start, or only its progress. */
export type HealthCall = "status" | "start" | "progress";

/**
 * A monitor named `[health:<call>-<fault>] anything` (e.g. `[health:start-502-html] Sales`) is created
 * normally, then its status, test start or test progress fails that way. `[health:<fault>]` alone is the status.
 */
export function healthFaultOf(name: unknown): { call: HealthCall; fault: HealthFault } | undefined {
  if (typeof name !== "string") return undefined;
  const match = /^\[health:(?:(start|progress)-)?([a-z0-9-]+)\]/.exec(name);
  const fault = HEALTH_FAULTS.find((candidate) => candidate === match?.[2]);
  if (!match || !fault) return undefined;
  const call = match[1] === "start" || match[1] === "progress" ? match[1] : "status";
  return { call, fault };
}

export function healthFaultName(call: HealthCall, fault: HealthFault, label: string): string {
  return call === "status" ? `[health:${fault}] ${label}` : `[health:${call}-${fault}] ${label}`;
}

/** A login `status-<fault>@anything` gets that failure from every status call, the list's included. */
export function statusFaultOfLogin(login: string): HealthFault | undefined {
  const fault = /^status-([a-z0-9-]+)@/.exec(login.toLowerCase())?.[1];
  return HEALTH_FAULTS.find((candidate) => candidate === fault);
}

export function faultName(scenario: FaultScenario, label: string): string {
  return `[fault:${scenario}] ${label}`;
}

export function scenarioOf(name: unknown): FaultScenario | undefined {
  if (typeof name !== "string") return undefined;
  const match = /^\[fault:([a-z0-9-]+)\]/.exec(name)?.[1];
  return FAULT_SCENARIOS.find((scenario) => scenario === match);
}

/** A gateway's error page, with a script in it: the console must neither show nor run it. */
export const GATEWAY_HTML = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><script>alert("from the gateway page")</script><hr><center>nginx</center></body></html>`;

export const MAINTENANCE_HTML = `<!DOCTYPE html><html><body><h1>Down for maintenance</h1><p>Back soon.</p></body></html>`;

/** The sign-in password the fake accepts is any; the tests use this one so the log scan can look for it. */
export const FAULT_USER = { email: "fault-e2e@example.com", password: "fault-console-PASSWORD-7f3a" } as const;

/**
 * How the fault upstream answers a change (PATCH) of a monitor named `[bulk:<fault>] anything`,
 * created normally: `patch-500` refuses every change with a 500 and AlertSite's words, `patch-500-once`
 * only the first, `patch-429-once` answers the first with 429 and `Retry-After: 2`. Per monitor, so
 * parallel tests never share a switch.
 */
export type PatchFault = "patch-500" | "patch-500-once" | "patch-429-once";
const PATCH_FAULTS: readonly PatchFault[] = ["patch-500", "patch-500-once", "patch-429-once"];

export function patchFaultOf(name: unknown): PatchFault | undefined {
  if (typeof name !== "string") return undefined;
  const fault = /^\[bulk:([a-z0-9-]+)\]/.exec(name)?.[1];
  return PATCH_FAULTS.find((candidate) => candidate === fault);
}

export function patchFaultName(fault: PatchFault, label: string): string {
  return `[bulk:${fault}] ${label}`;
}

/** The 500's words, for tests to find beside the monitor. */
export const PATCH_REFUSAL = "Internal error while saving the monitor.";
/** The Retry-After of `patch-429-once`, in seconds. */
export const PATCH_RETRY_AFTER_SECONDS = 2;
