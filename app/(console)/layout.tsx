import { redirect } from "next/navigation";
import { type ReactNode } from "react";
import { ConsoleHeader } from "@/components/layout/console-header";
import { currentSession } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await currentSession();
  // proxy.ts normally redirects with the exact return address first; this is the backstop.
  if (!session) redirect("/sign-in");
  return (
    <>
      <ConsoleHeader email={session.email} isSandbox={getConfig().isSandbox} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
