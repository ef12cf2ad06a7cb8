"use client";

import { useTheme } from "next-themes";
import { type CSSProperties } from "react";
import { Toaster as Sonner, toast, type ToasterProps } from "sonner";

// Sonner's surfaces take the theme's popover colours.
const themeColours: CSSProperties & Record<`--${string}`, string> = {
  "--normal-bg": "var(--popover)",
  "--normal-text": "var(--popover-foreground)",
  "--normal-border": "var(--border)",
};

/**
 * Where toasts appear (mount once). A toast only confirms what the page already shows; errors stay
 * beside what failed. Caution: sonner inserts its stylesheet as a <style> element without a CSP
 * nonce, so the strict style-src refuses it (and logs a violation) until the policy allows it.
 */
function Toaster(props: ToasterProps) {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      className="toaster group"
      style={themeColours}
      {...props}
    />
  );
}

export { Toaster, toast };
