"use client";

import { useMutation } from "@tanstack/react-query";
import { CheckIcon, LoaderCircleIcon, PauseIcon, PlayIcon, Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { ConsoleApiError } from "@/lib/api/client/console-api-error";
import { errorLines } from "@/lib/api/envelope";
import { startBulkAction } from "@/lib/bulk/api-client";
import { bulkActionHref } from "@/lib/bulk/bulk-links";
import { type BulkRequest, type PreviewItem, startLabel, startRequest } from "@/lib/bulk/preview";

/** The delete dialog names at most this many monitors, then says how many more. */
const NAMED_IN_DIALOG = 8;

type StartBulkActionProps = {
  request: BulkRequest;
  items: readonly PreviewItem[];
  /** One per preview: a second click or a resend answers the action already started. */
  requestKey: string;
};

function problemLines(error: Error): string[] {
  return error instanceof ConsoleApiError ? error.errors.flatMap(errorLines) : [error.message];
}

/** Start, with the count on the button; a delete asks first, naming the monitors. */
export function StartBulkAction({ request, items, requestKey }: StartBulkActionProps) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const isSendingRef = useRef(false);
  const mutation = useMutation({
    mutationFn: () => {
      const body = startRequest(request, items, requestKey);
      if (!body) throw new Error("No monitor is left to change.");
      return startBulkAction(body);
    },
    onSuccess: (action) => router.push(bulkActionHref(action.id)),
    onError: () => {
      isSendingRef.current = false;
    },
  });
  const label = startLabel(request.kind, items.length);
  const isBusy = mutation.isPending || mutation.isSuccess;

  function start() {
    if (isSendingRef.current || items.length === 0) return;
    isSendingRef.current = true;
    mutation.mutate();
  }

  const isDelete = request.kind === "delete";
  const named = items.slice(0, NAMED_IN_DIALOG);
  return (
    <div className="space-y-3">
      {mutation.error ? (
        <Alert variant="destructive" role="alert">
          <AlertTitle>The bulk action did not start</AlertTitle>
          <AlertDescription>
            {problemLines(mutation.error).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </AlertDescription>
        </Alert>
      ) : null}
      <Button
        variant={isDelete ? "destructive" : "default"}
        disabled={items.length === 0 || isBusy}
        onClick={() => (isDelete ? setIsConfirming(true) : start())}
      >
        {isBusy ? (
          <LoaderCircleIcon aria-hidden className="animate-spin" />
        ) : isDelete ? (
          <Trash2Icon aria-hidden />
        ) : request.kind === "pause" ? (
          <PauseIcon aria-hidden />
        ) : request.kind === "resume" ? (
          <PlayIcon aria-hidden />
        ) : (
          <CheckIcon aria-hidden />
        )}
        {label}
      </Button>
      {isDelete ? (
        <AlertDialog open={isConfirming} onOpenChange={(open) => !isBusy && setIsConfirming(open)}>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{label}?</AlertDialogTitle>
              <AlertDialogDescription>
                AlertSite deletes them with their settings; this cannot be undone. The history keeps what each had.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <ul className="max-h-48 list-disc space-y-0.5 overflow-y-auto pl-5 text-sm break-words">
              {named.map((item) => (
                <li key={item.monitorId}>
                  {item.monitorName} <span className="text-muted-foreground">(ID {item.monitorId})</span>
                </li>
              ))}
              {items.length > named.length ? (
                <li className="text-muted-foreground">and {(items.length - named.length).toLocaleString("en")} more</li>
              ) : null}
            </ul>
            <AlertDialogFooter>
              <AlertDialogCancel disabled={isBusy}>Keep them</AlertDialogCancel>
              <Button variant="destructive" disabled={isBusy} onClick={start}>
                {isBusy ? <LoaderCircleIcon aria-hidden className="animate-spin" /> : <Trash2Icon aria-hidden />}
                {label}
              </Button>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      ) : null}
    </div>
  );
}
