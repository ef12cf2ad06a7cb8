import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentSession } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { safeReturnPathOn } from "@/lib/safe-return-url";
import { DEMO_USERS } from "@/lib/sandbox/demo-users";

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
      {isSandbox ? (
        <section aria-labelledby="sandbox-heading" className="mt-6 rounded-md border border-amber-600 bg-amber-50 p-4">
          <h2 id="sandbox-heading" className="font-semibold text-amber-900">
            This console is on the AlertSite sandbox
          </h2>
          <p className="mt-1 text-sm text-amber-900">
            Nothing here reaches the real AlertSite. Sign in with a demo login:
          </p>
          <dl className="mt-2 space-y-2 text-sm">
            {DEMO_USERS.map((user) => (
              <div key={user.email}>
                <dt className="font-medium text-amber-900">{user.description}</dt>
                <dd className="font-mono text-slate-900">
                  {user.email} / {user.password}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
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
