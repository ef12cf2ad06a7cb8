"use client";

import { ChevronDownIcon, LogOutIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useSignOut } from "./use-sign-out";

/** The signed-in account and Sign out. On a phone the trigger shows only the initial. */
export function UserMenu({ email }: { email: string }) {
  const { signOut, isSigningOut, problem } = useSignOut();
  return (
    <div className="flex items-center gap-2">
      {problem ? (
        <span role="alert" className="text-sm font-medium text-destructive">
          {problem}
        </span>
      ) : null}
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" className="gap-2 px-2 has-[>svg]:px-2">
            <span
              aria-hidden
              className="flex size-7 items-center justify-center rounded-full bg-secondary text-xs font-semibold text-secondary-foreground uppercase"
            >
              {email.charAt(0)}
            </span>
            <span className="sr-only">Signed in as </span>
            <span className="sr-only max-w-56 truncate md:not-sr-only">{email}</span>
            <ChevronDownIcon className="text-muted-foreground" aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <DropdownMenuLabel className="font-normal">
            <span className="block text-xs text-muted-foreground">Signed in as</span>
            <span className="block truncate font-medium">{email}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem
            disabled={isSigningOut}
            onSelect={(event) => {
              // Stay open so "Signing out…" shows until the sign-in page replaces this one.
              event.preventDefault();
              void signOut("/sign-in");
            }}
          >
            <LogOutIcon aria-hidden />
            {isSigningOut ? "Signing out…" : "Sign out"}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
