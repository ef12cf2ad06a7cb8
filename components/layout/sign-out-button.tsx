"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { signOutOfConsole } from "@/lib/auth/sign-out";
import { getQueryClient } from "@/lib/query-client";

export function SignOutButton() {
  const router = useRouter();
  const [isSigningOut, setIsSigningOut] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={isSigningOut}
        onClick={async () => {
          setIsSigningOut(true);
          setProblem(null);
          try {
            await signOutOfConsole();
          } catch {
            setIsSigningOut(false);
            setProblem("Sign-out did not go through. Try again.");
            return;
          }
          // The next person to sign in in this tab must not see this account's cached monitors.
          getQueryClient().clear();
          router.replace("/sign-in");
          router.refresh();
        }}
        className="rounded-md border border-slate-400 px-3 py-1 font-medium text-slate-900 hover:bg-slate-100"
      >
        {isSigningOut ? "Signing out…" : "Sign out"}
      </button>
      {problem ? (
        <span role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </span>
      ) : null}
    </>
  );
}
