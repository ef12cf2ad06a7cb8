import { z } from "zod";

// Signs in the way a browser does, through next-auth's credentials flow, and keeps the cookies.

export type SessionCookie = { name: string; value: string };

export type SignedIn = {
  cookie: SessionCookie;
  /** `name=value`, ready for a Cookie header. */
  cookieHeader: string;
};

const csrfSchema = z.object({ csrfToken: z.string().min(1) });

/** `name=value` pairs from Set-Cookie headers, without their attributes. */
function cookiePairs(response: Response): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const separator = pair.indexOf("=");
    if (separator > 0) pairs.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
  return pairs;
}

function cookieHeader(pairs: ReadonlyMap<string, string>): string {
  return [...pairs].map(([name, value]) => `${name}=${value}`).join("; ");
}

async function signInOnce(origin: string, user: { email: string; password: string }): Promise<SignedIn> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`, { signal: AbortSignal.timeout(15_000) });
  const { csrfToken } = csrfSchema.parse(await csrfResponse.json());
  const jar = cookiePairs(csrfResponse);

  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar), Origin: origin },
    body: new URLSearchParams({
      csrfToken,
      email: user.email,
      password: user.password,
      callbackUrl: `${origin}/monitors`,
    }),
    signal: AbortSignal.timeout(15_000),
  });
  await response.arrayBuffer();
  const session = [...cookiePairs(response)].find(
    ([name, value]) => name.endsWith("next-auth.session-token") && value !== "",
  );
  if (!session)
    throw new Error(
      `Sign-in as ${user.email} gave no session cookie (status ${response.status}, location ${response.headers.get("location")}).`,
    );
  const [name, value] = session;
  return { cookie: { name, value }, cookieHeader: `${name}=${value}` };
}

/** Signs in; tries once more, since the first call after an upstream restart can meet a dead keep-alive socket. */
export async function signIn(origin: string, user: { email: string; password: string }): Promise<SignedIn> {
  try {
    return await signInOnce(origin, user);
  } catch {
    return signInOnce(origin, user);
  }
}
