import "server-only";
import { z } from "zod";

import { getConfig } from "@/lib/config";

/** The sandbox serves its demo logins here, outside its API path (like its `/health`). */
const DEMO_LOGINS_PATH = "/demo-logins";
const TIMEOUT_MS = 1000;

const demoLoginsSchema = z.object({
  logins: z.array(z.object({ email: z.string(), password: z.string(), description: z.string() })),
});

export type DemoLogin = z.infer<typeof demoLoginsSchema>["logins"][number];

/**
 * The sandbox's demo logins for the sign-in page; none when the console is on the real AlertSite,
 * or when the sandbox does not answer in time (the page then simply shows no logins).
 */
export async function fetchSandboxDemoLogins(): Promise<DemoLogin[]> {
  const { isSandbox, alertSiteApiUrl } = getConfig();
  if (!isSandbox) return [];
  try {
    const response = await fetch(new URL(DEMO_LOGINS_PATH, alertSiteApiUrl), {
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return [];
    const parsed = demoLoginsSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.logins : [];
  } catch {
    return [];
  }
}
