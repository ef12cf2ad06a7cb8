import { type BrowserContext } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { E2E_SECRET } from "./ports";
import { recordSecret } from "./secrets-seen";

/** Decrypts the console's session cookie the way the server does, to learn the AlertSite token it holds. */
export async function alertSiteTokenFromSession(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  if (!session) throw new Error("no session cookie");
  const jwt = await decode({ token: session.value, secret: E2E_SECRET });
  const token = jwt?.alertSiteToken;
  if (typeof token !== "string" || token.length < 16) throw new Error("the session holds no AlertSite token");
  recordSecret("AlertSite token", token);
  return token;
}
