import NextAuth from "next-auth";
import { type NextRequest } from "next/server";
import { buildAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's `_log` endpoint writes whatever a client posts into the server log once a logger is
 * configured; the console's browser code never posts to it, so nobody may.
 */
const CLOSED_ACTIONS = new Set(["_log"]);

// Options are built per request so that `next build` never needs the session secret.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const [action] = (await context.params).nextauth;
  if (action !== undefined && CLOSED_ACTIONS.has(action)) return new Response(null, { status: 404 });
  return NextAuth(request, context, buildAuthOptions());
}

export { handler as GET, handler as POST };
