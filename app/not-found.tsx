import { ConsoleShell } from "@/components/layout/console-shell";
import { PageNotFound } from "@/components/layout/page-not-found";
import { PublicShell } from "@/components/layout/public-shell";
import { currentSession } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";

/**
 * Any URL the console has no route for. It renders outside the signed-in layout, so it adds the
 * console's header itself when there is a session.
 */
export default async function RootNotFound() {
  const session = await currentSession();
  if (!session) {
    return (
      <PublicShell>
        <PageNotFound />
      </PublicShell>
    );
  }
  return (
    <ConsoleShell email={session.email} isSandbox={getConfig().isSandbox}>
      <PageNotFound />
    </ConsoleShell>
  );
}
