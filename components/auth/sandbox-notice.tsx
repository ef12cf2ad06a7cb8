import type { DemoLogin } from "@/lib/auth/sandbox-demo-logins";

/** Tells the user the console is on the sandbox, with the demo logins the sandbox offers (if it answered). */
export function SandboxNotice({ logins }: { logins: readonly DemoLogin[] }) {
  return (
    <section aria-labelledby="sandbox-heading" className="mt-6 rounded-md border border-amber-600 bg-amber-50 p-4">
      <h2 id="sandbox-heading" className="font-semibold text-amber-900">
        This console is on the AlertSite sandbox
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Nothing here reaches the real AlertSite.{logins.length > 0 ? " Sign in with a demo login:" : null}
      </p>
      {logins.length > 0 ? (
        <dl className="mt-2 space-y-2 text-sm">
          {logins.map((login) => (
            <div key={login.email}>
              <dt className="font-medium text-amber-900">{login.description}</dt>
              <dd className="font-mono text-slate-900">
                {login.email} / {login.password}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
