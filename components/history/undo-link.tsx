import { Undo2Icon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { undoHref } from "@/lib/history/activity-view";
import { type HistoryEntry } from "@/lib/history/entry";
import { undoability } from "@/lib/history/undo";
import { cn } from "@/lib/utils";

type UndoLinkProps = { entry: HistoryEntry; size?: "sm" | "default"; className?: string };

/**
 * "Undo this change" for a completed edit, pause or resume; where it cannot be offered (a password,
 * a change not made), why not, in its place. Nothing for entries that are not changes of settings.
 */
export function UndoLink({ entry, size = "sm", className }: UndoLinkProps) {
  const undo = undoability(entry);
  if (!undo.isUndoable) {
    return undo.reason ? <p className={cn("text-sm text-muted-foreground", className)}>{undo.reason}</p> : null;
  }
  return (
    <div className={cn("flex flex-wrap items-center gap-x-3 gap-y-1", className)}>
      <Button asChild variant="outline" size={size}>
        <Link href={undoHref(entry.monitorId ?? "", entry.id)}>
          <Undo2Icon aria-hidden />
          Undo this change
        </Link>
      </Button>
      {undo.keepsPassword ? (
        <p className="text-sm text-muted-foreground">
          The mailbox password change cannot be undone and stays as it is.
        </p>
      ) : null}
    </div>
  );
}
