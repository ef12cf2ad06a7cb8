import { cn } from "@/lib/utils";

export const PRODUCT_NAME = "Round-trip Monitors";

/** The product mark: an envelope inside an arrow that comes back to where it started. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden focusable="false" className={cn("size-7 shrink-0", className)}>
      <rect width="32" height="32" rx="8" className="fill-brand" />
      <g fill="none" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" className="stroke-brand-foreground">
        <path d="M21 7.34A10 10 0 1 1 11 7.34" />
        <path d="M9.5 10.74 11 7.34 7.3 6.94" />
        <rect x="11.5" y="12.5" width="9" height="7" rx="1" />
        <path d="m11.9 13.2 4.1 3.1 4.1-3.1" />
      </g>
    </svg>
  );
}

/** Mark and name; below `sm` only the mark shows, and the name stays for screen readers. */
export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("flex items-center gap-2 font-semibold tracking-tight", className)}>
      <LogoMark />
      <span className="sr-only sm:not-sr-only">{PRODUCT_NAME}</span>
    </span>
  );
}
