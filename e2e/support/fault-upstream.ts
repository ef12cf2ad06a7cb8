import { randomBytes } from "node:crypto";

import {
  FAKE_BASE_PATH,
  type FakeRule,
  type FakeUpstreamOptions,
  type RecordedRequest,
  type ScriptedResponse,
} from "@/lib/alertsite/testing/fake-upstream";

import {
  GATEWAY_HTML,
  healthFaultOf,
  type HealthFault,
  MAINTENANCE_HTML,
  PATCH_REFUSAL,
  PATCH_RETRY_AFTER_SECONDS,
  patchFaultOf,
  scenarioOf,
  type FaultScenario,
  statusFaultOfLogin,
} from "./fault-scenarios";
import { E2E } from "./ports";

// The e2e failure tests' AlertSite: the one fake (lib/alertsite/testing/fake-upstream.ts) with these
// rules, separate from the sandbox. Sign-in accepts any password, lists are empty but for what was
// created, and a create fails the way its monitor name asks (fault-scenarios.ts). Control endpoints
// under /__fault let tests count creates, release a held one, collect every token issued for the
// end-of-run secret scan, and get a page that frames the console.

/** `late` answers this long after the change was made: after the fault console has given up waiting. */
const LATE_BY_MS = E2E.faultTimeoutMs + 3000;

/** A held create answers by itself after this long, should a test never release it (under the fault console's timeout, with room for a slow CI machine). */
const HOLD_LIMIT_MS = 9000;

function json(status: number, body: unknown, headers: Record<string, string> = {}): ScriptedResponse {
  return { status, json: body, headers };
}

function html(status: number, page: string, headers: Record<string, string> = {}): ScriptedResponse {
  return { status, body: page, headers: { "content-type": "text/html; charset=utf-8", ...headers } };
}

function errors(status: number, ...messages: string[]) {
  return { errors: messages.map((message) => ({ code: status, message })) };
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : {};
  } catch {
    return {};
  }
}

const FAILURES: Record<Exclude<FaultScenario, "hold" | "400-echo" | "late" | "late-edit">, ScriptedResponse> = {
  "400-one": json(400, errors(400, "Invalid value for 'interval': 7 minutes is not offered by plan 'UBM - A/A'.")),
  "400-several": json(
    400,
    errors(
      400,
      "Invalid value for 'billing_plancode': plan 'UBM - Gold' does not exist.",
      "Invalid value for 'email': the mailbox refuses test messages.",
      "The account has reached its monitor limit.",
    ),
  ),
  "401": json(401, errors(401, "invalid_token - The access token has expired. Sign in again."), {
    "www-authenticate": 'Bearer error="invalid_token"',
  }),
  "403": json(
    403,
    errors(403, "Permission denied - your AlertSite role (Read Only) cannot create or change monitors."),
  ),
  "404": json(404, errors(404, "Record not found")),
  "429": json(429, errors(429, "Rate limit exceeded."), { "retry-after": "120" }),
  "500": json(500, errors(500, "Internal error while saving the monitor.")),
  "502-html": html(502, GATEWAY_HTML),
  "503-html": html(503, MAINTENANCE_HTML, { "retry-after": "30" }),
  malformed: { status: 200, headers: { "content-type": "application/json" }, body: '{"id": "7000' },
  reset: { destroy: "before-headers" },
  // Never answer; the console's ALERTSITE_TIMEOUT_MS gives up first.
  hang: { stall: "before-headers" },
};

const NONSENSE: ScriptedResponse = json(200, { hello: ["world"], progress: "soon" });

/**
 * How status and test calls fail, for the health scenarios (fault-scenarios.ts `healthFaultOf`): one
 * of the create failures above, or a 200 with nonsense JSON.
 */
function healthFailure(scenario: HealthFault): ScriptedResponse {
  return scenario === "nonsense" ? NONSENSE : FAILURES[scenario];
}

/** The fault upstream's rules, with fresh state (tokens issued, monitors created, creates held). */
export function faultUpstreamOptions(): FakeUpstreamOptions {
  const tokens = new Set<string>();
  // Who signed in with each token: a login named `status-<fault>@…` gets that failure from every status call.
  const loginOf = new Map<string, string>();
  let nextTestId = 1;
  // What a create sent (but the password): the list and reads answer with it, so the console can look a monitor up.
  const created: { id: number; name: string; fields: Record<string, unknown> }[] = [];
  const createsByName = new Map<string, number>();
  const held = new Map<string, () => void>();
  let nextId = 700_001;
  // Every PATCH received, before its fault is applied (a password only as "(sent)"), and every DELETE.
  const patches: { id: number; body: Record<string, unknown> }[] = [];
  const deletes: number[] = [];

  function succeed(name: string, fields: Record<string, unknown> = {}): ScriptedResponse {
    const id = nextId++;
    const { email_password: _password, ...readable } = fields;
    created.push({ id, name, fields: readable });
    return json(200, { id: String(id) });
  }

  function present({ id, name, fields }: (typeof created)[number]) {
    return { email: "roundtrip@example.com", ...fields, id, name, type: "email-round-trip", enabled: true };
  }

  /** The answer a `[bulk:…]` monitor's change gets instead of being made, if one. */
  function patchFault(monitor: (typeof created)[number]): ScriptedResponse | undefined {
    const fault = patchFaultOf(monitor.name);
    const isFirst = patches.filter((patch) => patch.id === monitor.id).length === 1;
    if (fault === "patch-500" || (fault === "patch-500-once" && isFirst)) return json(500, errors(500, PATCH_REFUSAL));
    if (fault === "patch-429-once" && isFirst)
      return json(429, errors(429, "Rate limit exceeded."), { "retry-after": String(PATCH_RETRY_AFTER_SECONDS) });
    return undefined;
  }

  function edit(request: RecordedRequest, id: number): ScriptedResponse {
    const monitor = created.find((candidate) => candidate.id === id);
    const body = parseObject(request.body);
    patches.push({ id, body: "email_password" in body ? { ...body, email_password: "(sent)" } : body });
    if (!monitor) return json(404, errors(404, "Record not found"));
    const refusal = patchFault(monitor);
    if (refusal) return refusal;
    const scenario = scenarioOf(monitor.name);
    const { email_password: _password, ...changes } = body;
    monitor.fields = { ...monitor.fields, ...changes };
    if (typeof changes.name === "string") monitor.name = changes.name;
    const answer = json(200, { id: String(id) });
    return scenario === "late-edit" ? { ...answer, delayMs: LATE_BY_MS } : answer;
  }

  function hold(name: string): Promise<ScriptedResponse> {
    return new Promise((resolve) => {
      const release = () => {
        held.delete(name);
        clearTimeout(timer);
        resolve(succeed(name));
      };
      const timer = setTimeout(release, HOLD_LIMIT_MS);
      held.set(name, release);
    });
  }

  function create(request: RecordedRequest): ScriptedResponse | Promise<ScriptedResponse> {
    const body = parseObject(request.body);
    const name = typeof body.name === "string" ? body.name : "";
    createsByName.set(name, (createsByName.get(name) ?? 0) + 1);
    const scenario = scenarioOf(name);
    if (scenario === undefined || scenario === "late-edit") return succeed(name, body);
    if (scenario === "late") return { ...succeed(name, body), delayMs: LATE_BY_MS };
    if (scenario === "hold") return hold(name);
    if (scenario === "400-echo") {
      // Some servers quote what they were sent; the console must not hand the mailbox password back.
      const password = String(body.email_password ?? "");
      return json(400, errors(400, `Mailbox login failed with password '${password}'.`));
    }
    return FAILURES[scenario];
  }

  function bearerOf(request: RecordedRequest): string {
    return /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
  }

  function isSignedIn(request: RecordedRequest): boolean {
    return tokens.has(bearerOf(request));
  }

  const rules: FakeRule[] = [
    { path: "/health", reply: json(200, { status: "ok" }) },
    {
      method: "GET",
      path: "/__fault/creates",
      reply: (_request, { query }) => json(200, { count: createsByName.get(query.get("name") ?? "") ?? 0 }),
    },
    {
      method: "POST",
      path: "/__fault/release",
      reply: (_request, { query }) => {
        const release = held.get(query.get("name") ?? "");
        release?.();
        return json(release ? 200 : 404, { released: Boolean(release) });
      },
    },
    { method: "GET", path: "/__fault/tokens", reply: () => json(200, { tokens: [...tokens] }) },
    {
      // Every change (PATCH) body received for these monitors (`?ids=1,2`), oldest first, and their deletes.
      method: "GET",
      path: "/__fault/changes",
      reply: (_request, { query }) => {
        const ids = new Set((query.get("ids") ?? "").split(",").map(Number));
        return json(200, {
          patches: patches.filter((patch) => ids.has(patch.id)),
          deletes: deletes.filter((id) => ids.has(id)),
        });
      },
    },
    {
      // A portal page that frames the console, for the frame-ancestors test (served on loopback for real:
      // Chromium refuses to let a page Playwright made up frame a loopback address at all).
      method: "GET",
      path: "/__fault/embed",
      reply: (_request, { query }) => {
        const src = (query.get("src") ?? "").replace(/[^\w:/.?=&%-]/g, "");
        return html(
          200,
          `<!DOCTYPE html><html><head><title>Portal</title></head><body><iframe title="Monitor console" src="${src}"></iframe></body></html>`,
        );
      },
    },
    {
      method: "POST",
      path: `${FAKE_BASE_PATH}/access-tokens`,
      reply: (request) => {
        const token = `fault-${randomBytes(24).toString("base64url")}`;
        tokens.add(token);
        const username = parseObject(request.body).username;
        loginOf.set(token, typeof username === "string" ? username : "");
        return json(200, { access_token: token });
      },
    },
    {
      path: new RegExp(`^${FAKE_BASE_PATH}/`),
      reply: (request) =>
        isSignedIn(request)
          ? undefined
          : json(401, errors(401, "invalid_token - The access token is missing or invalid. Sign in again.")),
    },
    {
      method: "GET",
      path: `${FAKE_BASE_PATH}/monitors`,
      reply: () => json(200, { results: created.map(present) }),
    },
    {
      method: "GET",
      path: new RegExp(`^${FAKE_BASE_PATH}/monitors/(\\d+)$`),
      reply: (_request, { groups }) => {
        const monitor = created.find((candidate) => String(candidate.id) === groups[0]);
        return monitor ? json(200, present(monitor)) : undefined;
      },
    },
    { method: "POST", path: `${FAKE_BASE_PATH}/monitors/email-round-trip`, reply: create },
    {
      // Every created monitor is OK, unless the login or the monitor's name asks for a failure.
      method: "GET",
      path: `${FAKE_BASE_PATH}/report-sitestatus`,
      reply: (request, { query }) => {
        const loginFault = statusFaultOfLogin(loginOf.get(bearerOf(request)) ?? "");
        if (loginFault) return healthFailure(loginFault);
        const asked = query.get("monitors")?.split(",");
        const monitors = created.filter((monitor) => asked === undefined || asked.includes(String(monitor.id)));
        const fault = monitors.map((monitor) => healthFaultOf(monitor.name)).find((found) => found?.call === "status");
        if (fault) return healthFailure(fault.fault);
        return json(200, {
          results: monitors.map((monitor) => ({ monitor_id: monitor.id, last_status: 0, last_status_desc: "OK" })),
        });
      },
    },
    {
      method: "GET",
      path: `${FAKE_BASE_PATH}/tests`,
      reply: (_request, { query }) => {
        const monitor = created.find((candidate) => String(candidate.id) === query.get("monitor_id"));
        if (!monitor) return json(404, errors(404, "Record not found"));
        const fault = healthFaultOf(monitor.name);
        if (fault?.call === "status" || fault?.call === "start") return healthFailure(fault.fault);
        const prefix = fault?.call === "progress" ? `${fault.fault}.` : "";
        return json(200, { test_id: `${prefix}${nextTestId++}` });
      },
    },
    {
      method: "GET",
      path: new RegExp(`^${FAKE_BASE_PATH}/tests/([^/]+)$`),
      reply: (_request, { groups }) => {
        const fault = /^([a-z0-9-]+)\./.exec(groups[0] ?? "")?.[1];
        const known = healthFaultOf(`[health:progress-${fault ?? ""}]`);
        if (known) return healthFailure(known.fault);
        return json(200, { progress: 2, progress_desc: "Test Completed", status: 0, status_desc: "Site is OK Now!" });
      },
    },
    {
      method: "PATCH",
      path: new RegExp(`^${FAKE_BASE_PATH}/monitors/email-round-trip/(\\d+)$`),
      reply: (request, { groups }) => edit(request, Number(groups[0])),
    },
    {
      method: "DELETE",
      path: new RegExp(`^${FAKE_BASE_PATH}/monitors/(\\d+)$`),
      reply: (_request, { groups }) => {
        const id = Number(groups[0]);
        deletes.push(id);
        const index = created.findIndex((candidate) => candidate.id === id);
        if (index < 0) return json(404, errors(404, "Record not found"));
        created.splice(index, 1);
        return { status: 204 };
      },
    },
  ];

  return { rules, answer: () => json(404, errors(404, "Record not found")), recordRequests: false };
}
