import "server-only";

/**
 * Cross-site request forgery guard for state-changing routes. Browsers send `Origin` on every
 * cross-origin POST/PATCH and `Sec-Fetch-Site` on all requests; whichever is present must say
 * "this site", and when both are present both must. `Origin: null` (sandboxed frames, privacy
 * redirects) is refused.
 */
export function isSameOriginRequest(request: Request, consoleOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== consoleOrigin) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  // Neither header: not a browser (curl, a script with its own cookie jar), so no ambient cookies to abuse.
  return true;
}
