const PLACEHOLDER_ORIGIN = "https://console.invalid";

/**
 * Turns an untrusted return address (a `callbackUrl` query parameter, a portal's return link) into a
 * path on this site, or the fallback. Anything that could leave the site — absolute URLs,
 * protocol-relative `//host`, `/\host` (browsers read `\` as `/`), `javascript:`, and encoded or
 * control-character variants of those — gives the fallback.
 */
export function safeReturnPath(value: unknown, fallback = "/monitors"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and backslashes are never part of a link we hand out.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that decodes to a protocol-relative address could be re-read as one by a later redirect.
  if (/^\/[/\\]/.test(safeDecode(url.pathname))) return fallback;
  return path;
}

/**
 * The same, but an absolute URL on `origin` itself (as next-auth hands them over) counts as its
 * path; any other absolute URL still gives the fallback.
 */
export function safeReturnPathOn(value: unknown, origin: string, fallback = "/monitors"): string {
  if (typeof value !== "string" || !/^https?:\/\//i.test(value)) return safeReturnPath(value, fallback);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fallback;
  }
  return url.origin === origin ? safeReturnPath(`${url.pathname}${url.search}${url.hash}`, fallback) : fallback;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function signInPath(returnTo: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;
}
