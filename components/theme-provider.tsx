"use client";

import { setNonce } from "get-nonce";
import { ThemeProvider as NextThemesProvider } from "next-themes";
import { useState, type ReactNode } from "react";

type ThemeProviderProps = {
  children: ReactNode;
  /**
   * This response's CSP nonce (proxy.ts). next-themes sets the theme with an inline script before
   * the first paint, and briefly adds a <style> when the theme changes; both need the nonce to run.
   */
  nonce: string | undefined;
};

/**
 * The nonce the browser enforces is the one this document was served with. A later server render
 * of the root layout (router.refresh() after signing in) brings a new request's nonce, which the
 * document's policy does not know, so in the browser the nonce is read from the page's own scripts
 * (the attribute reads empty once parsed; the property keeps the value).
 */
function documentNonce(): string | undefined {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined;
}

/** Light, dark, or the system's choice (the default), kept in localStorage as `theme`. */
export function ThemeProvider({ children, nonce }: ThemeProviderProps) {
  const [enforcedNonce] = useState(() => {
    if (typeof document === "undefined") return nonce;
    const enforced = documentNonce() ?? nonce;
    // Radix's modal Dialog, AlertDialog and Select add a <style> (react-remove-scroll) with this nonce.
    if (enforced) setNonce(enforced);
    return enforced;
  });
  return (
    <NextThemesProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={enforcedNonce}
    >
      {children}
    </NextThemesProvider>
  );
}
