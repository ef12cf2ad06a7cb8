"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { signOutOfConsole } from "@/lib/auth/sign-out";
import { getQueryClient } from "@/lib/query-client";

/** Ends the console session, forgets this account's cached data, then goes to `destination`. */
export function useSignOut() {
  const router = useRouter();
  const [isSigningOut, setIsSigningOut] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function signOut(destination: string): Promise<void> {
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
    router.replace(destination);
    router.refresh();
  }

  return { signOut, isSigningOut, problem };
}
