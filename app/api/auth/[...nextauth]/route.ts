import NextAuth from "next-auth";
import { type NextRequest } from "next/server";
import { buildAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that `next build` never needs the session secret.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, buildAuthOptions());
}

export { handler as GET, handler as POST };
