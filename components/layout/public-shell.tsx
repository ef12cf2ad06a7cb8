import Link from "next/link";
import { type ReactNode } from "react";
import { Logo } from "./logo";
import { ThemeToggle } from "./theme-toggle";

/** Pages seen without a session (sign-in, a 404 or an error before signing in): the mark and the theme toggle. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="mx-auto flex h-14 max-w-6xl items-center justify-between px-4">
        <Link href="/" className="rounded-md">
          <Logo />
        </Link>
        <ThemeToggle />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 pt-2 pb-12 sm:pt-6">
        {children}
      </main>
    </>
  );
}
