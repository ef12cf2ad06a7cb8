/**
 * Whether the console is served over https (NEXTAUTH_URL says so): then session cookies are
 * `Secure`, the session cookie carries the `__Host-` prefix, and responses send HSTS.
 */
export function isServedOverHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

const SESSION_COOKIE = "next-auth.session-token";

/**
 * The session cookie's name. Over https it is `__Host-` prefixed: browsers then accept it only with
 * `Secure`, `Path=/` and no `Domain`, so a sibling subdomain can neither set nor shadow it.
 */
export function sessionCookieName(): string {
  return isServedOverHttps() ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}
