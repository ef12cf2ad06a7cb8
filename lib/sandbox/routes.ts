import type { IncomingMessage, ServerResponse } from "node:http";

import { AUTHENTICATION_FAILED, canChangeMonitors, type TokenIssuer } from "./auth";
import { type DemoUser } from "./demo-users";
import { SandboxHttpError, readJsonObject, sendEmpty, sendJson } from "./http";
import type { RoundTripRecord } from "./monitor-record";
import { type AccessType, type MonitorView, parseSelect, presentMonitor, selectFields } from "./present";
import { STATUS_SHAPES, UNREADABLE_RECORDS, varyRead } from "./read-variations";
import { parseMonitorsFilter, siteStatusRows } from "./site-status";
import type { MonitorStore } from "./store";
import { TestRuns } from "./test-runs";
import { validateCreate, validateEdit } from "./validate";

export const API_BASE_PATH = "/api/v3";
const DEMO_LOGINS_PATH = "/demo-logins";
export const RECORD_NOT_FOUND = "Record not found";

type Access = { kind: "public" } | { kind: "read" } | { kind: "write"; action: string };

type ApiRequest = {
  req: IncomingMessage;
  query: URLSearchParams;
  /** The `:id` path segment, when the route has one. */
  id: string | undefined;
  /** Who is calling; undefined on public routes. */
  user: DemoUser | undefined;
};

type Reply = { status: number; body?: unknown };

type Route = {
  method: string;
  path: string;
  access: Access;
  handle: (request: ApiRequest) => Promise<Reply>;
};

export type RouterDependencies = {
  store: MonitorStore;
  tokens: TokenIssuer;
  /** The logins the sandbox knows, as listed on `GET /demo-logins`. */
  users: readonly DemoUser[];
  /** Logins whose reads vary as the documentation allows (read-variations.ts). */
  variedLogins?: ReadonlySet<string>;
  testControls?: boolean;
  /** The clock for status times and test runs. */
  now?: () => number;
};

function permissionDenied(user: DemoUser, action: string): SandboxHttpError {
  return new SandboxHttpError(
    403,
    `Permission denied - your AlertSite role (${user.role}) cannot ${action}. Ask an Admin, Co-Admin or Power User.`,
  );
}

/** Ids are numeric; anything else names no record. */
function monitorId(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,15}$/.test(raw)) throw new SandboxHttpError(404, RECORD_NOT_FOUND);
  return Number(raw);
}

function findRoundTrip(store: MonitorStore, id: number): RoundTripRecord {
  const monitor = store.getRoundTrip(id);
  if (!monitor) throw new SandboxHttpError(404, RECORD_NOT_FOUND);
  return monitor;
}

function defineRoutes({ store, tokens, variedLogins = new Set(), now = Date.now }: RouterDependencies): Route[] {
  const testRuns = new TestRuns(now);
  let statusCalls = 0;
  const changeMonitors: Access = { kind: "write", action: "create or change monitors" };
  const isVaried = (user: DemoUser | undefined) => user !== undefined && variedLogins.has(user.email);
  const read = (monitor: MonitorView, user: DemoUser | undefined) => (isVaried(user) ? varyRead(monitor) : monitor);
  // Reads report the caller's own access to monitors: "View" for a Read Only role.
  const accessOf = (user: DemoUser | undefined): AccessType =>
    user === undefined || canChangeMonitors(user) ? "Full" : "View";
  return [
    {
      method: "POST",
      path: "/access-tokens",
      access: { kind: "public" },
      async handle({ req }) {
        const body = await readJsonObject(req);
        const token = tokens.signIn(body.username, body.password);
        if (token === undefined) throw new SandboxHttpError(400, AUTHENTICATION_FAILED);
        return { status: 200, body: { access_token: token } };
      },
    },
    {
      method: "GET",
      path: "/monitors",
      access: { kind: "read" },
      async handle({ query, user }) {
        const select = parseSelect(query.get("select"));
        const monitors = store.list(query.get("type") ?? undefined);
        const results = monitors.map((monitor) =>
          selectFields(read(presentMonitor(monitor, accessOf(user)), user), select),
        );
        return { status: 200, body: { results: isVaried(user) ? [...results, ...UNREADABLE_RECORDS] : results } };
      },
    },
    {
      method: "GET",
      path: "/monitors/:id",
      access: { kind: "read" },
      async handle({ id, query, user }) {
        const monitor = store.get(monitorId(id));
        if (!monitor) throw new SandboxHttpError(404, RECORD_NOT_FOUND);
        return {
          status: 200,
          body: selectFields(read(presentMonitor(monitor, accessOf(user)), user), parseSelect(query.get("select"))),
        };
      },
    },
    {
      method: "DELETE",
      path: "/monitors/:id",
      access: { kind: "write", action: "delete monitors" },
      async handle({ id }) {
        const isDeleted = await store.remove(monitorId(id));
        if (!isDeleted) throw new SandboxHttpError(404, RECORD_NOT_FOUND);
        return { status: 204 };
      },
    },
    {
      method: "GET",
      path: "/report-sitestatus",
      access: { kind: "read" },
      async handle({ query, user }) {
        const rows = siteStatusRows(store.list(), parseMonitorsFilter(query.get("monitors")), now());
        if (!isVaried(user)) return { status: 200, body: { results: rows } };
        const variant = STATUS_SHAPES[statusCalls++ % STATUS_SHAPES.length];
        return { status: 200, body: variant ? variant.shape(rows) : rows };
      },
    },
    {
      method: "GET",
      path: "/tests",
      access: { kind: "read" },
      async handle({ query, user }) {
        const monitor = store.get(monitorId(query.get("monitor_id") ?? undefined));
        if (!monitor) throw new SandboxHttpError(404, RECORD_NOT_FOUND);
        const id = testRuns.start(monitor);
        return { status: 200, body: isVaried(user) ? { data: { id } } : { test_id: Number(id) } };
      },
    },
    {
      method: "GET",
      path: "/tests/:id",
      access: { kind: "read" },
      async handle({ id, user }) {
        const progress = testRuns.progress(id ?? "");
        const body = isVaried(user)
          ? { ...progress, progress: String(progress.progress), status: String(progress.status) }
          : progress;
        return { status: 200, body };
      },
    },
    {
      method: "POST",
      path: "/monitors/email-round-trip",
      access: changeMonitors,
      async handle({ req }) {
        const result = validateCreate(await readJsonObject(req));
        if (!result.ok) throw new SandboxHttpError(400, result.errors);
        const monitor = await store.create(result.value);
        return { status: 200, body: { id: String(monitor.id) } };
      },
    },
    {
      method: "PATCH",
      path: "/monitors/email-round-trip/:id",
      access: changeMonitors,
      async handle({ req, id }) {
        const monitorKey = monitorId(id);
        findRoundTrip(store, monitorKey);
        const body = await readJsonObject(req);
        // Looked up again: another request may have changed or deleted it while the body arrived.
        const current = findRoundTrip(store, monitorKey);
        const result = validateEdit(body, current.billing_plancode);
        if (!result.ok) throw new SandboxHttpError(400, result.errors);
        const monitor = await store.update(current, result.value);
        return { status: 200, body: { id: String(monitor.id) } };
      },
    },
  ];
}

type Match = { route: Route; id: string | undefined };

function matchPath(pattern: string, segments: readonly string[]): { score: number; id: string | undefined } | null {
  const parts = pattern.split("/").filter((part) => part !== "");
  if (parts.length !== segments.length) return null;
  let score = 0;
  let id: string | undefined;
  for (const [index, part] of parts.entries()) {
    const segment = segments[index];
    if (part === ":id") id = segment;
    else if (part === segment) score += 1;
    else return null;
  }
  return { score, id };
}

/** The route for a method and API path; literal segments win over `:id`. */
function findRoute(routes: readonly Route[], method: string, apiPath: string): Match {
  const segments = apiPath.split("/").filter((segment) => segment !== "");
  const candidates = routes.flatMap((route) => {
    const match = matchPath(route.path, segments);
    return match ? [{ route, ...match }] : [];
  });
  const bestScore = Math.max(...candidates.map((candidate) => candidate.score));
  const best = candidates.filter((candidate) => candidate.score === bestScore);
  if (best.length === 0) throw new SandboxHttpError(404, `No such API path: ${apiPath}`);
  const found = best.find((candidate) => candidate.route.method === method);
  if (found) return { route: found.route, id: found.id };
  const allowed = best.map((candidate) => candidate.route.method).join(", ");
  throw new SandboxHttpError(405, `Method ${method} is not allowed on ${apiPath}. Use ${allowed}.`, { Allow: allowed });
}

/** The caller of a route that needs a token; undefined for public routes. */
function authorize(route: Route, req: IncomingMessage, tokens: TokenIssuer): DemoUser | undefined {
  if (route.access.kind === "public") return undefined;
  const authentication = tokens.authenticate(req.headers.authorization);
  if (!authentication.ok) {
    throw new SandboxHttpError(401, authentication.message, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  }
  if (route.access.kind === "write" && !canChangeMonitors(authentication.user)) {
    throw permissionDenied(authentication.user, route.access.action);
  }
  return authentication.user;
}

/** The API path below the base path, or undefined when the URL is outside the API. */
function apiPathOf(pathname: string): string | undefined {
  const trimmed = pathname.replace(/\/+$/, "");
  if (trimmed === API_BASE_PATH) return "/";
  return trimmed.startsWith(`${API_BASE_PATH}/`) ? trimmed.slice(API_BASE_PATH.length) : undefined;
}

/** Handles one request; failures are thrown as SandboxHttpError and answered by the caller. */
export function createRequestHandler(dependencies: RouterDependencies) {
  const routes = defineRoutes(dependencies);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const method = req.method ?? "GET";
    if (url.pathname === "/health" && method === "GET") {
      sendJson(res, 200, { status: "ok" });
      return;
    }
    // Sandbox only, outside the API: the console shows these on its sign-in page.
    if (url.pathname === DEMO_LOGINS_PATH && method === "GET") {
      sendJson(res, 200, {
        logins: dependencies.users.map(({ email, password, description }) => ({ email, password, description })),
      });
      return;
    }
    const apiPath = apiPathOf(url.pathname);
    if (dependencies.testControls && url.pathname === "/__sandbox/expire-tokens" && method === "POST") {
      const { access_token: token } = await readJsonObject(req);
      dependencies.tokens.expire(typeof token === "string" ? token : undefined);
      sendEmpty(res, 204);
      return;
    }
    if (apiPath === undefined) throw new SandboxHttpError(404, `No such API path: ${url.pathname}`);
    const { route, id } = findRoute(routes, method, apiPath);
    const user = authorize(route, req, dependencies.tokens);
    const reply = await route.handle({ req, query: url.searchParams, id, user });
    if (reply.body === undefined) sendEmpty(res, reply.status);
    else sendJson(res, reply.status, reply.body);
  };
}
