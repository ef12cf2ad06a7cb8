"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { getQueryClient } from "@/lib/query-client";

export function SignOutButton() {
  const router = useRouter();
  const [isSigningOut, setIsSigningOut] = useState(false);
  return (
    <button
      type="button"
      disabled={isSigningOut}
      onClick={async () => {
        setIsSigningOut(true);
        await signOut({ redirect: false });
        // The next person to sign in in this tab must not see this account's cached monitors.
        getQueryClient().clear();
        router.replace("/sign-in");
        router.refresh();
      }}
      className="rounded-md border border-slate-400 px-3 py-1 font-medium text-slate-900 hover:bg-slate-100"
    >
      {isSigningOut ? "Signing out…" : "Sign out"}
    </button>
  );
}
