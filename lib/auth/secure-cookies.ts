/**
 * Whether the console is served over https (NEXTAUTH_URL says so): then session cookies are
 * `Secure` and carry the `__Secure-` prefix, and responses send HSTS.
 */
export function isServedOverHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}
