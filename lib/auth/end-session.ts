import "server-only";
import { isServedOverHttps, sessionCookieName } from "./secure-cookies";

/**
 * Set-Cookie values that delete the console's session cookie. Sent when AlertSite answers 401: the
 * token inside the cookie is dead, so the visitor must be signed out here too, or the sign-in page
 * would send them straight back with the same dead token.
 */
export function expiredSessionCookies(): string[] {
  const secure = isServedOverHttps();
  const name = sessionCookieName();
  const attributes = `Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  // next-auth splits large sessions into name.0, name.1, ...; ours are small, but clear a few chunks too.
  return [name, `${name}.0`, `${name}.1`].map((cookie) => `${cookie}=; ${attributes}`);
}
