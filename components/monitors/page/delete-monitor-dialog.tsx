"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LoaderCircleIcon, Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { deleteMonitor } from "@/lib/monitors/api-client";
import { type MonitorListData, monitorKeys } from "@/lib/monitors/queries";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";

type DeleteMonitorDialogProps = { monitor: Pick<UpstreamMonitor, "id" | "name" | "enabled">; name: string };

/** Why the delete did not happen, in plain words; AlertSite's own words follow in the message. */
function problemTitle(error: Error): string {
  if (!(error instanceof ConsoleApiError)) return "The monitor was not deleted";
  if (error.status === 404) return "This monitor is already gone";
  if (error.status === 403) return "Your AlertSite role cannot delete monitors";
  if (error.isSessionEnded) return "Your AlertSite session has ended";
  return "The monitor was not deleted";
}

function problemHelp(error: Error): string | null {
  if (!(error instanceof ConsoleApiError)) return null;
  if (error.status === 404) return "Someone deleted it already, or it never existed. Nothing was changed.";
  if (error.status === 403) return "Only Admin, Co-Admin and Power User roles can. Ask one of them to delete it.";
  if (error.isSessionEnded) return "Sign in again, then delete it from its page.";
  return null;
}

/**
 * Delete, only when meant: a dialog that names the monitor and, while it still runs, asks for its
 * name typed out. One DELETE per confirmation; then a notice and the list, without it.
 */
export function DeleteMonitorDialog({ monitor, name }: DeleteMonitorDialogProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const isSendingRef = useRef(false);
  // A monitor without a name is confirmed by its ID.
  const confirmation = monitor.name?.trim() || monitor.id;
  const needsTyping = monitor.enabled !== false;
  const isConfirmed = !needsTyping || typed.trim() === confirmation;

  const mutation = useMutation({
    mutationFn: () => deleteMonitor(monitor.id),
    onSuccess: () => {
      queryClient.setQueryData<MonitorListData>(monitorKeys.list(), (list) =>
        list ? { ...list, monitors: list.monitors.filter((each) => each.id !== monitor.id) } : list,
      );
      toast({ title: `Deleted ${name}`, variant: "success" });
      router.push("/monitors");
    },
    onError: (error) => {
      isSendingRef.current = false;
      // Gone already: the list should not offer it either.
      if (error instanceof ConsoleApiError && error.status === 404)
        void queryClient.invalidateQueries({ queryKey: monitorKeys.list() });
    },
  });
  const isGone = mutation.error instanceof ConsoleApiError && mutation.error.status === 404;
  const isDone = mutation.isSuccess;

  function confirm(): void {
    if (!isConfirmed || isSendingRef.current || isDone) return;
    isSendingRef.current = true;
    mutation.mutate();
  }

  return (
    <AlertDialog
      open={isOpen}
      onOpenChange={(open) => {
        if (mutation.isPending || isDone) return;
        setIsOpen(open);
        if (!open) {
          setTyped("");
          mutation.reset();
        }
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="outline" className="text-destructive hover:text-destructive">
          <Trash2Icon aria-hidden />
          Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <AlertDialogHeader>
            <AlertDialogTitle className="break-words">Delete “{name}”?</AlertDialogTitle>
            <AlertDialogDescription>
              AlertSite removes monitor {monitor.id} and stops checking it. This cannot be undone: to monitor the
              mailbox again you would create a new monitor.
            </AlertDialogDescription>
          </AlertDialogHeader>
          {needsTyping && !isGone ? (
            <div className="space-y-1.5">
              <Label htmlFor={inputId}>
                This monitor is running. Type its {monitor.name?.trim() ? "name" : "ID"} to confirm:{" "}
                <span className="font-semibold break-all">{confirmation}</span>
              </Label>
              <Input
                id={inputId}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
                spellCheck={false}
                disabled={mutation.isPending || isDone}
              />
            </div>
          ) : null}
          {mutation.error ? (
            <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm">
              <p className="font-semibold">{problemTitle(mutation.error)}</p>
              {problemHelp(mutation.error) ? <p className="mt-1">{problemHelp(mutation.error)}</p> : null}
              <p className="mt-1 whitespace-pre-line opacity-90">{mutation.error.message}</p>
            </div>
          ) : null}
          <AlertDialogFooter>
            {isGone ? (
              <Button onClick={() => router.push("/monitors")}>Back to all monitors</Button>
            ) : (
              <>
                <AlertDialogCancel disabled={mutation.isPending || isDone}>Cancel</AlertDialogCancel>
                <Button
                  type="submit"
                  variant="destructive"
                  disabled={!isConfirmed || mutation.isPending || isDone}
                  aria-busy={mutation.isPending || undefined}
                >
                  {mutation.isPending || isDone ? <LoaderCircleIcon aria-hidden className="animate-spin" /> : null}
                  {mutation.isPending || isDone ? "Deleting…" : "Delete monitor"}
                </Button>
              </>
            )}
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
