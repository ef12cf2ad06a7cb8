"use client";

import { FlaskConicalIcon } from "lucide-react";
import { badgeVariants } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { cn } from "@/lib/utils";

/** Says the console is on the sandbox; on a phone only its icon fits, so a tap explains the rest. */
export function SandboxBadge() {
  return (
    <Dialog>
      <DialogTrigger className={cn(badgeVariants({ variant: "warning" }), "cursor-pointer hover:bg-warning/20")}>
        <FlaskConicalIcon aria-hidden />
        {/* One text run: the badge's flex gap would otherwise open up before the colon. */}
        {/* On a phone the flask alone (its words stay for screen readers): the header has no room. */}
        <span className="sr-only sm:not-sr-only">
          Sandbox<span className="hidden lg:inline">: not the real AlertSite</span>
        </span>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>This console is on the AlertSite sandbox</DialogTitle>
          <DialogDescription>
            The sandbox is a stand-in for AlertSite that runs beside the console. Monitors you create or change here
            stay in the sandbox: nothing reaches the real AlertSite.
          </DialogDescription>
        </DialogHeader>
        <p className="text-sm text-muted-foreground">
          To manage real monitors, whoever runs the console points it at AlertSite (the{" "}
          <code className="rounded bg-muted px-1 py-0.5 text-xs text-foreground">ALERTSITE_API_URL</code> setting).
        </p>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Got it</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
