"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const SECTIONS = [
  { href: "/monitors", label: "Monitors" },
  { href: "/activity", label: "Activity" },
] as const;

function isInSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex items-center gap-0.5 text-sm sm:gap-1">
      {SECTIONS.map(({ href, label }) => {
        const isCurrent = isInSection(pathname, href);
        return (
          <Link
            key={href}
            href={href}
            aria-current={isCurrent ? "page" : undefined}
            className={cn(
              "rounded-md px-2 py-1.5 font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground sm:px-3",
              isCurrent && "bg-accent text-accent-foreground",
            )}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
