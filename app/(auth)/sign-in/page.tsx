import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SandboxNotice } from "@/components/auth/sandbox-notice";
import { SignInForm } from "@/components/auth/sign-in-form";
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
    <main className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Sign in to the monitor console</h1>
      <p className="mt-3 text-slate-700">
        Use the <strong>email and password you sign in to AlertSite with</strong>. The console passes them to AlertSite
        once to start your session and does not keep your password.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Does your company sign in to AlertSite through single sign-on (SSO)? Those logins can&apos;t be used here: ask
        an AlertSite admin for a separate API user with an email and password.
      </p>
      {isSandbox ? <SandboxNotice logins={demoLogins} /> : null}
      <div className="mt-8 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <SignInForm
          callbackUrl={callbackUrl}
          notice={
            reason === "session-ended" ? "Your session ended. Sign in again to carry on where you were." : undefined
          }
        />
      </div>
    </main>
  );
}
