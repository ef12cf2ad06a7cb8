import { NextResponse, type NextRequest } from "next/server";
import { sessionFromRequest } from "@/lib/auth/session";
import { signInPath } from "@/lib/safe-return-url";

// Optimistic redirect only: every page and route handler checks the session again itself.
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const session = await sessionFromRequest(request);
  if (session) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
}

export const config = {
  matcher: ["/monitors", "/monitors/:path*"],
};
