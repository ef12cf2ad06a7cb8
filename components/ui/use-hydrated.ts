"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server's HTML and during hydration, true after. For Radix parts that render `style`
 * attributes: in server HTML the strict CSP (style-src with a nonce) refuses them, while the same
 * styles set by React in the browser are allowed.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
