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
