import { NextResponse, type NextRequest } from "next/server";
import { isServedOverHttps } from "@/lib/auth/secure-cookies";
import { readSessionCookie } from "@/lib/auth/session-cookie";
import { signInPath } from "@/lib/safe-return-url";
import { createNonce } from "@/lib/security/content-security-policy";
import { configuredFrameAncestors } from "@/lib/security/frame-ancestors";
import { responseSecurityHeaders } from "@/lib/security/security-headers";

function isProtectedPage(pathname: string): boolean {
  return pathname === "/monitors" || pathname.startsWith("/monitors/");
}

/**
 * Runs before every page and API route: gives the response its security headers (a fresh CSP nonce
 * each time, which Next reads from the request's CSP header and puts on its own scripts) and sends
 * visitors without a session from protected pages to the sign-in page. That redirect is optimistic
 * only: every page and route handler checks the session again itself, signed-out sessions included.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = createNonce();
  const headers = responseSecurityHeaders({
    nonce,
    isDevelopment: process.env.NODE_ENV === "development",
    frameAncestors: configuredFrameAncestors(),
    isHttps: isServedOverHttps(),
  });

  let response: NextResponse;
  const { pathname, search } = request.nextUrl;
  // The deny-list of signed-out sessions lives in the database; the proxy leaves it to the page itself.
  if (isProtectedPage(pathname) && !(await readSessionCookie(request))) {
    response = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets (next.config.js gives those their static security headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
