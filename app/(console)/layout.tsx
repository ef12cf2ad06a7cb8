import { redirect } from "next/navigation";
import { type ReactNode } from "react";
import { ConsoleShell } from "@/components/layout/console-shell";
import { Toaster } from "@/components/ui/toast";
import { currentSession } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await currentSession();
  // proxy.ts normally redirects with the exact return address first; this is the backstop.
  if (!session) redirect("/sign-in");
  return (
    <ConsoleShell email={session.email} isSandbox={getConfig().isSandbox}>
      {children}
      <Toaster />
    </ConsoleShell>
  );
}
