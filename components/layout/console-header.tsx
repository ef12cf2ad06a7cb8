import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

type ConsoleHeaderProps = { email: string; isSandbox: boolean };

export function ConsoleHeader({ email, isSandbox }: ConsoleHeaderProps) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/monitors" className="font-semibold text-slate-900">
          Round-trip email monitors
        </Link>
        {isSandbox ? (
          <span className="rounded-full border border-amber-600 bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
            Sandbox: not the real AlertSite
          </span>
        ) : null}
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/monitors" className="text-blue-800 underline-offset-2 hover:underline">
            All monitors
          </Link>
          <Link href="/monitors/new" className="text-blue-800 underline-offset-2 hover:underline">
            New monitor
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-slate-700">
            Signed in as <span className="font-medium text-slate-900">{email}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
