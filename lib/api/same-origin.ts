import "server-only";

/**
 * Cross-site request forgery guard for state-changing routes. Browsers send `Origin` on every
 * cross-origin POST/PATCH and `Sec-Fetch-Site` on all requests; either must say "this site".
 */
export function isSameOriginRequest(request: Request, consoleOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) return origin === consoleOrigin;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite === "same-origin";
  // Neither header: not a browser (curl, a script with its own cookie jar). No ambient credentials to abuse.
  return true;
}
