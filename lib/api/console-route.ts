import "server-only";
import { type NextRequest } from "next/server";
import { isAlertSiteError } from "@/lib/alertsite";
import { expiredSessionCookies } from "@/lib/auth/end-session";
import { type ConsoleSession, sessionFromRequest } from "@/lib/auth/session";
import { alertSiteErrorResponse, SESSION_ENDED_MESSAGE } from "./alertsite-error-response";
import { RequestRejected } from "./request-body";
import { errorResponse, singleError } from "./responses";
import { isSameOriginRequest } from "./same-origin";

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
 * Every console API route goes through here: same-origin check for writes, session check, and one
 * place that turns any failure into the `{"errors": [...]}` envelope, so a handler body is only
 * parse → call lib → respond.
 */
export function consoleRoute<P = Record<string, never>>(handler: ConsoleRouteHandler<P>) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const route = `${request.method} ${request.nextUrl.pathname}`;
    try {
      if (STATE_CHANGING.has(request.method) && !isSameOriginRequest(request, consoleOrigin(request))) {
        return singleError(403, "This request came from another site, so the console refused it.");
      }
      const session = await sessionFromRequest(request);
      if (!session) return singleError(401, SESSION_ENDED_MESSAGE);
      return await handler({ request, session, params: await context.params });
    } catch (error) {
      if (error instanceof RequestRejected) return errorResponse(error.status, error.errors);
      if (isAlertSiteError(error)) {
        const response = alertSiteErrorResponse(route, error);
        if (response.status === 401) for (const cookie of expiredSessionCookies()) response.headers.append("Set-Cookie", cookie);
        return response;
      }
      console.error(`[console] ${route} failed unexpectedly: ${error instanceof Error ? error.message : "unknown error"}`);
      return singleError(500, "The console hit an unexpected problem. Try again; if it keeps happening, tell whoever runs the console.");
    }
  };
}
