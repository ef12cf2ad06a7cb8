"use client";

import { useSignOut } from "./use-sign-out";

export function SignOutButton() {
  const { signOut, isSigningOut, problem } = useSignOut();
  return (
    <>
      <button
        type="button"
        disabled={isSigningOut}
        onClick={() => void signOut("/sign-in")}
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
