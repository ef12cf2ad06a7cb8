"use client";

import { EyeIcon, ShieldCheckIcon, UserIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { DemoLogin } from "@/lib/auth/sandbox-demo-logins";
import { demoLoginChoice } from "./demo-login-choice";

type DemoLoginsProps = { logins: readonly DemoLogin[]; onUse: (login: DemoLogin) => void };

const ICONS = { admin: ShieldCheckIcon, "read-only": EyeIcon, other: UserIcon } as const;

/** The sandbox's demo logins as buttons that fill the form in; signing in stays one click away. */
export function DemoLogins({ logins, onUse }: DemoLoginsProps) {
  if (logins.length === 0) return null;
  return (
    <section aria-labelledby="demo-logins-heading" className="space-y-2">
      <h2 id="demo-logins-heading" className="text-sm font-medium text-muted-foreground">
        Try it with a demo login
      </h2>
      <div className="grid gap-2 sm:grid-cols-2">
        {logins.map((login, index) => {
          const { kind, label, hint } = demoLoginChoice(login);
          const Icon = ICONS[kind];
          const hintId = `demo-login-hint-${index}`;
          return (
            <Button
              key={login.email}
              variant="outline"
              onClick={() => onUse(login)}
              aria-describedby={hintId}
              className="h-auto flex-col items-start gap-0.5 px-3 py-2 text-left whitespace-normal"
            >
              <span className="flex items-center gap-2">
                <Icon aria-hidden />
                {label}
              </span>
              <span id={hintId} className="text-xs font-normal text-muted-foreground">
                {hint}
              </span>
            </Button>
          );
        })}
      </div>
    </section>
  );
}
