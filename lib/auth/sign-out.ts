/**
 * Ends the next-auth session from the browser: the same two requests next-auth/react's signOut
 * makes (fetch a CSRF token, post it to the sign-out endpoint), without loading that module, which
 * would add about 12 KiB of gzip to every signed-in page only for this button.
 */
export async function signOutOfConsole(): Promise<void> {
  const csrfResponse = await fetch("/api/auth/csrf", { credentials: "same-origin" });
  const csrf: unknown = await csrfResponse.json();
  const csrfToken = typeof csrf === "object" && csrf !== null && "csrfToken" in csrf ? csrf.csrfToken : undefined;
  if (typeof csrfToken !== "string") throw new Error("The console did not hand out a sign-out token.");
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  if (!response.ok) throw new Error(`Sign-out failed (${response.status}).`);
}
