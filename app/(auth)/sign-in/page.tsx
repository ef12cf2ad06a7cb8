import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SandboxNotice } from "@/components/auth/sandbox-notice";
import { SignInCard } from "@/components/auth/sign-in-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { fetchSandboxDemoLogins } from "@/lib/auth/sandbox-demo-logins";
import { currentSession } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { safeReturnPathOn } from "@/lib/safe-return-url";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // next-auth's own /api/auth/signin hands over absolute URLs on this origin; anything else off-site is dropped.
  const origin = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : "";
  const callbackUrl = safeReturnPathOn(first(params.callbackUrl), origin);
  const reason = first(params.reason);
  if (await currentSession()) redirect(callbackUrl);
  const { isSandbox } = getConfig();
  const demoLogins = isSandbox ? await fetchSandboxDemoLogins() : [];

  return (
    <>
      <header className="flex justify-end p-2 sm:p-4">
        <ThemeToggle />
      </header>
      <main id="main" className="mx-auto max-w-md space-y-4 px-4 pb-12 sm:pt-4">
        <SignInCard>
          <SignInForm
            callbackUrl={callbackUrl}
            demoLogins={demoLogins}
            notice={
              reason === "session-ended" ? "Your session ended. Sign in again to carry on where you were." : undefined
            }
          />
        </SignInCard>
        {isSandbox ? <SandboxNotice /> : null}
        <p className="px-1 text-sm text-muted-foreground">
          Does your company sign in to AlertSite through single sign-on (SSO)? Those logins can&apos;t be used here: ask
          an AlertSite admin for a separate API user with an email and password.
        </p>
      </main>
    </>
  );
}
