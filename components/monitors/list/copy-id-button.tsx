"use client";

import { CopyIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";

/** Copies a monitor's ID for a ticket or a chat; a toast confirms it (or says it could not). */
export function CopyIdButton({ id }: { id: string }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(id);
      toast({ title: `Copied monitor ID ${id}`, variant: "success" });
    } catch {
      toast({
        title: "The ID could not be copied",
        description: `This browser did not allow it. Select ${id} and copy it instead.`,
        variant: "destructive",
      });
    }
  }
  return (
    <Button
      variant="ghost"
      size="icon"
      className="size-7 text-muted-foreground hover:text-foreground"
      aria-label={`Copy ID ${id}`}
      onClick={() => void copy()}
    >
      <CopyIcon className="size-3.5" aria-hidden />
    </Button>
  );
}
