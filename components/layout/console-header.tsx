import Link from "next/link";
import { Logo } from "./logo";
import { MainNav } from "./main-nav";
import { SandboxBadge } from "./sandbox-badge";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

type ConsoleHeaderProps = { email: string; isSandbox: boolean };

export function ConsoleHeader({ email, isSandbox }: ConsoleHeaderProps) {
  return (
    <header className="border-b bg-card">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-6xl min-w-0 items-center gap-2 px-4 sm:gap-4">
        <Link href="/monitors" className="rounded-md">
          <Logo />
        </Link>
        {isSandbox ? <SandboxBadge /> : null}
        <MainNav />
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
          <UserMenu email={email} />
        </div>
      </div>
    </header>
  );
}
