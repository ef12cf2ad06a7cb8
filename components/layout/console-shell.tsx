import { type ReactNode } from "react";
import { ConsoleHeader } from "./console-header";

type ConsoleShellProps = { email: string; isSandbox: boolean; children: ReactNode };

/** Every signed-in page: the header, then the page in `main`. */
export function ConsoleShell({ email, isSandbox, children }: ConsoleShellProps) {
  return (
    <>
      <ConsoleHeader email={email} isSandbox={isSandbox} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
