import { type AlertSiteClient, type AlertSiteError, isAlertSiteError } from "@/lib/alertsite";
import { knownMessage } from "@/lib/alertsite/known-messages";
import { clientAddress } from "./client-address";
import { credentialsSchema } from "./credentials";
import { refusalMessage, signInKeys, type SignInThrottle } from "./throttle";

/** AlertSite tokens live one hour; the console's session never outlives the token it holds. */
export const TOKEN_LIFETIME_SECONDS = 60 * 60;

const SIGN_IN_FAILED = "Sign-in failed. Check your AlertSite email and password and try again.";

export function tokenExpiry(expiresInSeconds: number | undefined, now = Date.now()): number {
  const lifetime = Math.min(expiresInSeconds ?? TOKEN_LIFETIME_SECONDS, TOKEN_LIFETIME_SECONDS);
  return now + lifetime * 1000;
}

export type SignedInUser = { id: string; email: string; alertSiteToken: string; alertSiteTokenExpiresAt: number };

export type AuthorizeDependencies = {
  signIn: AlertSiteClient["signIn"];
  throttle: SignInThrottle;
  trustedProxyHops: number;
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * next-auth's Credentials `authorize`: checks the form's shape, applies the sign-in throttle, and
 * trades the email and password for an AlertSite token. Every refusal throws an Error whose
 * message next-auth hands to the sign-in form.
 */
export async function authorizeSignIn(
  raw: unknown,
  headers: Headers | Readonly<Record<string, unknown>> | undefined,
  { signIn, throttle, trustedProxyHops, sleep = wait }: AuthorizeDependencies,
): Promise<SignedInUser> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? SIGN_IN_FAILED);
  const { email, password } = parsed.data;

  const decision = await throttle.begin(signInKeys(email, clientAddress(headers, trustedProxyHops)));
  if (!decision.isAllowed) {
    console.warn(
      `[auth] sign-in refused by the throttle: ${decision.kind} over its limit, retry in ${Math.ceil(decision.retryAfterMs / 1000)} s`,
    );
    throw new Error(refusalMessage(decision.kind, decision.retryAfterMs));
  }
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  try {
    const { accessToken, expiresInSeconds } = await signIn({ username: email, password });
    await decision.settle("success");
    return { id: email, email, alertSiteToken: accessToken, alertSiteTokenExpiresAt: tokenExpiry(expiresInSeconds) };
  } catch (error) {
    // Only AlertSite refusing the login counts against it; an outage must not lock people out.
    const isRefusal =
      isAlertSiteError(error) &&
      error.kind === "http" &&
      error.status !== undefined &&
      error.status < 500 &&
      error.status !== 429;
    await decision.settle(isRefusal ? "failure" : "not-counted");
    // next-auth hands this message to the sign-in form, which shows one line per "\n".
    if (isAlertSiteError(error)) throw new Error(signInFailureMessage(error));
    throw new Error(SIGN_IN_FAILED);
  }
}

/** Plain words first, then AlertSite's own text, so nothing it said is hidden. */
export function signInFailureMessage(error: AlertSiteError): string {
  const said = error.errors.map((entry) => entry.message).join(" ");
  const known = knownMessage(said, error.status, "sign-in");
  if (!known || error.kind !== "http") return said;
  return `${known.message} ${known.action}\nAlertSite said: ${said}`;
}
