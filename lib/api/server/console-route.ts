import "server-only";
import { type NextRequest } from "next/server";
import { isAlertSiteError } from "@/lib/alertsite";
import {
  HISTORY_UNAVAILABLE_ERROR,
  HISTORY_UNAVAILABLE_STATUS,
  HistoryUnavailable,
} from "@/lib/history/history-unavailable";
import { expiredSessionCookies } from "@/lib/auth/end-session";
import { type ConsoleSession, sessionFromRequest } from "@/lib/auth/session";
import { alertSiteErrorResponse, SESSION_ENDED_MESSAGE } from "./alertsite-failure";
import { hasJsonContentType, JSON_CONTENT_TYPE_MESSAGE } from "./request-body";
import { RequestRejected } from "./request-rejected";
import { errorResponse, singleError } from "./responses";
import { isSameOriginRequest } from "./same-origin";
import { viewOnlyCookie } from "./view-only-cookie";
import { UnresolvedWrite } from "./write-outcome";

type RouteContext<P> = { params: Promise<P> };

export type ConsoleRouteHandler<P> = (input: {
  request: NextRequest;
  session: ConsoleSession;
  params: P;
}) => Promise<Response>;

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function consoleOrigin(request: NextRequest): string {
  const configured = process.env.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : request.nextUrl.origin;
}

/**
 * Every console API route goes through here: same-origin and JSON checks for writes, session check, and one
 * place that turns any failure into the `{"errors": [...]}` envelope, so a handler body is only
 * parse → call lib → respond.
 */
export function consoleRoute<P = Record<string, never>>(handler: ConsoleRouteHandler<P>) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const route = `${request.method} ${request.nextUrl.pathname}`;
    const requestId = crypto.randomUUID();
    let session: ConsoleSession | null = null;
    try {
      if (STATE_CHANGING.has(request.method)) {
        if (!isSameOriginRequest(request, consoleOrigin(request))) {
          return singleError(403, "This request came from another site, so the console refused it.");
        }
        // A cross-site HTML form can only send form or text bodies; JSON needs a CORS preflight the console never grants.
        if (!hasJsonContentType(request)) return singleError(415, JSON_CONTENT_TYPE_MESSAGE);
      }
      session = await sessionFromRequest(request);
      if (!session) return singleError(401, SESSION_ENDED_MESSAGE);
      return await handler({ request, session, params: await context.params });
    } catch (error) {
      if (error instanceof RequestRejected) return errorResponse(error.status, error.errors);
      if (error instanceof HistoryUnavailable) {
        // Nothing reached AlertSite, so sending it again later is safe.
        const response = errorResponse(HISTORY_UNAVAILABLE_STATUS, [HISTORY_UNAVAILABLE_ERROR], {
          outcome: "not-saved",
          reason: "history-unavailable",
        });
        response.headers.set("X-Request-Id", requestId);
        return response;
      }
      const unresolved = error instanceof UnresolvedWrite ? error : undefined;
      const failure = unresolved?.failure ?? (isAlertSiteError(error) ? error : undefined);
      if (failure) {
        const response = alertSiteErrorResponse(route, failure, requestId, unresolved);
        response.headers.set("X-Request-Id", requestId);
        if (response.status === 401)
          for (const cookie of expiredSessionCookies()) response.headers.append("Set-Cookie", cookie);
        // AlertSite refused a change: the pages stop offering changes for the rest of this session.
        if (response.status === 403 && session && STATE_CHANGING.has(request.method))
          response.headers.append("Set-Cookie", viewOnlyCookie(session));
        return response;
      }
      console.error(
        `[console] ${route} failed unexpectedly: request=${requestId} ${error instanceof Error ? error.message : "unknown error"}`,
      );
      const response = singleError(
        500,
        "The console hit an unexpected problem. Try again; if it keeps happening, tell whoever runs the console.",
      );
      response.headers.set("X-Request-Id", requestId);
      return response;
    }
  };
}
